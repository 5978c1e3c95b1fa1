package org.concordat.document.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.concordat.document.verification.application.TooManyVerificationsException;
import org.concordat.document.verification.application.Verdict;
import org.concordat.document.verification.application.Verifications;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.web.Feedback;
import org.concordat.shared.web.UploadRefusal;

/** The verification page (no sign-in): upload a PDF, read the verdict. Nothing uploaded is kept. */
@Named
@RequestScoped
public class VerifyView {

    @Inject
    Verifications verifications;

    private Part file;
    private Verdict verdict;

    public void verify() throws IOException {
        if (file == null || file.getSize() == 0) {
            refuse(Feedback.text("verify.chooseFile"));
            return;
        }
        if (file.getSize() > Verifications.MAX_BYTES) {
            refuse(tooLarge());
            return;
        }
        byte[] pdf;
        try (InputStream in = file.getInputStream()) {
            pdf = in.readNBytes(Verifications.MAX_BYTES + 1);
        } finally {
            file.delete();
        }
        try {
            verdict = verifications.verify(pdf);
        } catch (TooManyVerificationsException e) {
            Feedback.error(Feedback.text("verify.tooMany", Math.max(1, e.retryAfter().toSeconds())));
        }
    }

    /** On arriving back from an upload too large even to read (RequestBodyGate): say so beside the field. */
    public void explainRefusedUpload() {
        if (UploadRefusal.refusedJustNow()) {
            refuse(tooLarge());
        }
    }

    private static String tooLarge() {
        return Feedback.text("verify.tooLarge", Verifications.MAX_BYTES / (1024 * 1024));
    }

    private static void refuse(String message) {
        Feedback.show("verification", new InvalidInputException(List.of(new FieldError("file", message))));
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Verdict getVerdict() {
        return verdict;
    }
}
