package org.concordat.agreement.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.application.AgreementImports;
import org.concordat.agreement.application.ImportPlan;
import org.concordat.agreement.domain.ImportProblem;
import org.concordat.agreement.domain.ImportRejectedException;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.web.Feedback;
import org.concordat.shared.web.UploadRefusal;

/**
 * Bringing in an agreement signed outside Concordat (IG leads only): download a template ({@code format=xlsx} or
 * {@code csv} in the address), upload it filled in with the signed PDF, read every problem (a summary at the top, the
 * problems of the whole file beside their field, and a table of the rows and columns to fix), or check what will be
 * created and create it. The files are kept in the view between the check and the import, and checked again then.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "import";

    @Inject
    AgreementImports imports;

    private String format;
    private transient Part sheet;
    private transient Part document;
    private AgreementImports.Upload sheetUpload;
    private AgreementImports.Upload documentUpload;
    private ImportPlan plan;
    private List<ImportProblem> problems = List.of();

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (!imports.mayImport()) {
            external.responseSendError(403, null);
            faces.responseComplete();
            return;
        }
        AgreementImports.Format wanted = "xlsx".equals(format) ? AgreementImports.Format.XLSX
                : "csv".equals(format) ? AgreementImports.Format.CSV : null;
        if (wanted != null) {
            AgreementImports.Template template = imports.template(wanted);
            external.setResponseContentType(template.mediaType());
            external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + template.fileName() + "\"");
            external.setResponseContentLength(template.content().length);
            external.getResponseOutputStream().write(template.content());
            faces.responseComplete();
        }
    }

    /** Checks the two files; shows what will be created, or every problem. Nothing is stored. */
    public void check() throws IOException {
        plan = null;
        problems = List.of();
        sheetUpload = read(sheet);
        documentUpload = read(document);
        try {
            plan = imports.check(sheetUpload, documentUpload);
        } catch (ImportRejectedException e) {
            show(e.problems());
        }
    }

    /** Creates the agreement from the files checked, checked once more; then its page. */
    public String importAgreement() {
        if (plan == null) {
            return null;
        }
        try {
            AgreementData created = imports.importAgreement(sheetUpload, documentUpload);
            Feedback.infoAfterRedirect(Feedback.text("import.created", created.reference()));
            return "/app/agreement?faces-redirect=true&id=" + created.versionId();
        } catch (ImportRejectedException e) {
            plan = null;
            show(e.problems());
            return null;
        }
    }

    /** Back to the upload form, the files forgotten. */
    public String startAgain() {
        return "/app/agreement-import?faces-redirect=true";
    }

    /** On arriving back from an upload too large even to read (RequestBodyGate): say so beside the field. */
    public void explainRefusedUpload() {
        if (UploadRefusal.refusedJustNow()) {
            Feedback.show(FORM, new InvalidInputException(List.of(new FieldError(AgreementImports.SHEET, AgreementImports.tooLarge()))));
        }
    }

    private void show(List<ImportProblem> found) {
        problems = List.copyOf(found);
        List<ImportProblem> cells = getCellProblems();
        for (ImportProblem p : problems) {
            if (p.row() <= 0) {
                String field = AgreementImports.DOCUMENT.equals(p.cell()) ? AgreementImports.DOCUMENT : AgreementImports.SHEET;
                Feedback.show(FORM, new InvalidInputException(List.of(new FieldError(field, p.message()))));
            }
        }
        if (!cells.isEmpty()) {
            Feedback.error(Feedback.text(cells.size() == 1 ? "import.oneProblem" : "import.problems", cells.size()));
        }
    }

    private static AgreementImports.Upload read(Part part) throws IOException {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        if (part.getSize() > AgreementImports.MAX_BYTES) {
            return new AgreementImports.Upload(part.getSubmittedFileName(), new byte[AgreementImports.MAX_BYTES + 1]);
        }
        try (InputStream in = part.getInputStream()) {
            return new AgreementImports.Upload(part.getSubmittedFileName(), in.readNBytes(AgreementImports.MAX_BYTES + 1));
        } finally {
            part.delete();
        }
    }

    /** The problems of rows and cells, for the table (those of a whole file are shown beside its field). */
    public List<ImportProblem> getCellProblems() {
        return problems.stream().filter(p -> p.row() > 0).toList();
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }

    public ImportPlan getPlan() {
        return plan;
    }

    public String getSheetName() {
        return sheetUpload == null ? null : sheetUpload.fileName();
    }

    public String getDocumentName() {
        return documentUpload == null ? null : documentUpload.fileName();
    }

    public String getFormat() { return format; }
    public void setFormat(String format) { this.format = format; }
    public Part getSheet() { return sheet; }
    public void setSheet(Part sheet) { this.sheet = sheet; }
    public Part getDocument() { return document; }
    public void setDocument(Part document) { this.document = document; }
}
