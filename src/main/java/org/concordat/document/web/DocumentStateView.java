package org.concordat.document.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.concordat.document.application.AgreementDocuments;

/** Whether a version's signed PDF is still being signed (Signing…), for the agreement page beside its link. */
@Named
@RequestScoped
public class DocumentStateView {

    @Inject
    AgreementDocuments documents;

    private final Map<Long, Optional<AgreementDocuments.SigningProgress>> progress = new HashMap<>();

    public boolean signing(long versionId) {
        return of(versionId).isPresent();
    }

    /** Why the next signature failed last, or null. */
    public String lastError(long versionId) {
        return of(versionId).map(AgreementDocuments.SigningProgress::lastError).orElse(null);
    }

    private Optional<AgreementDocuments.SigningProgress> of(long versionId) {
        return progress.computeIfAbsent(versionId, documents::signing);
    }
}
