package org.concordat.document.api;

import org.concordat.document.signing.application.SignedDocuments;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.ReaderLanguage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer for a signed document whose signatures are still being made (202 Accepted). */
@Schema(name = "SigningState")
public record SigningStateJson(
        @Schema(description = "Always SIGNING: the approvals are recorded, some signatures are not yet on the PDF") String state,
        @Schema(description = "The state in words, as the pages show it") String label,
        @Schema(description = "Signatures not yet on the PDF") int signaturesWaiting,
        @Schema(description = "Failed attempts at the next of them") int attempts,
        @Schema(description = "Why the last attempt failed, if it did", nullable = true) String lastError) {

    static final int RETRY_AFTER_SECONDS = 5;

    static SigningStateJson of(SignedDocuments.SigningProgress progress) {
        String label = Messages.bundle("org.concordat.web.messages", ReaderLanguage.current()).getString("document.signing");
        return new SigningStateJson("SIGNING", label, progress.waiting(), progress.attempts(), progress.lastError());
    }
}
