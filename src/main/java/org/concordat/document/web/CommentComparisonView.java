package org.concordat.document.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.application.AgreementQueries;
import org.concordat.document.render.application.CommentComparisons;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.web.Feedback;
import org.concordat.shared.web.UploadRefusal;

/**
 * Bringing a partner's comments back: an IG lead who may edit a draft uploads the Word copy the partner marked up
 * and reads each changed, added or removed paragraph beside the draft's, and the partner's comments, to make the
 * changes by hand in the editor. Nothing uploaded is kept.
 */
@Named
@ViewScoped
public class CommentComparisonView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "comparison";

    @Inject
    CommentComparisons comparisons;

    @Inject
    AgreementQueries agreements;

    private Long version;
    private boolean allowed;
    /** Read again after the page is restored (the version as it stands now); the file and the result for one request. */
    private transient AgreementData data;
    private transient Part file;
    private transient CommentComparisons.CommentComparison comparison;

    /** Reads the version (not found if the caller may not see it) and whether the caller may compare with it. */
    public void load() {
        if (version != null && data == null) {
            data = agreements.version(version);
            allowed = comparisons.mayCompare(version);
        }
    }

    public void compare() throws IOException {
        comparison = null;
        load();
        if (data == null || !allowed) {
            return;
        }
        if (file == null || file.getSize() == 0) {
            refuse(Feedback.text("comments.chooseFile"));
            return;
        }
        if (file.getSize() > CommentComparisons.MAX_BYTES) {
            refuse(CommentComparisons.tooLarge());
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(CommentComparisons.MAX_BYTES + 1);
        } finally {
            file.delete();
        }
        try {
            comparison = comparisons.compare(version, file.getSubmittedFileName(), content);
        } catch (RuntimeException e) {
            Feedback.show(FORM, e);
        }
    }

    /** On arriving back from an upload too large even to read (RequestBodyGate): say so beside the field. */
    public void explainRefusedUpload() {
        if (UploadRefusal.refusedJustNow()) {
            refuse(CommentComparisons.tooLarge());
        }
    }

    private static void refuse(String message) {
        Feedback.show(FORM, new InvalidInputException(List.of(new FieldError(CommentComparisons.FIELD, message))));
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public AgreementData getData() {
        load();
        return data;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public CommentComparisons.CommentComparison getComparison() {
        return comparison;
    }
}
