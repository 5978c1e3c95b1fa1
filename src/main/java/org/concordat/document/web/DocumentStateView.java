package org.concordat.document.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.concordat.document.signing.application.SignedDocuments;

/** Whether a version's signed PDF is still being signed (Signing…), for the agreement page beside its link. */
@Named
@RequestScoped
public class DocumentStateView {

    @Inject
    SignedDocuments documents;

    private final Map<Long, Optional<SignedDocuments.SigningProgress>> progress = new HashMap<>();

    public boolean signing(long versionId) {
        return of(versionId).isPresent();
    }

    /** Why the next signature failed last, or null. */
    public String lastError(long versionId) {
        return of(versionId).map(SignedDocuments.SigningProgress::lastError).orElse(null);
    }

    private Optional<SignedDocuments.SigningProgress> of(long versionId) {
        return progress.computeIfAbsent(versionId, documents::signing);
    }
}
