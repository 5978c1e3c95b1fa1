package org.concordat.processing.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.concordat.processing.application.ProcessingRecord;
import org.concordat.processing.application.RecordOfProcessing;
import org.concordat.processing.domain.RecordFilter;
import org.concordat.shared.application.CurrentCaller;
import org.concordat.shared.domain.AccessDeniedException;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.web.Feedback;

/**
 * The record of processing of an organisation (the caller's own unless an administrator names another). The filter
 * lives in the address (organisation, lawfulBasis, article9Condition), so a filtered record can be bookmarked and
 * shared; choosing a filter posts the form and redirects to that address. A code the catalogue does not hold is shown
 * beside its field and in the error summary. {@code format=csv} or {@code xlsx} in the address downloads the record.
 */
@Named
@ViewScoped
public class RecordOfProcessingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecordOfProcessing records;

    @Inject
    CurrentCaller currentCaller;

    private Long organisation;
    private String lawfulBasis;
    private String article9Condition;
    private String format;
    private ProcessingRecord record;
    /** A filter refused in the view action, shown once the form exists (see {@link #explainRefusedFilter}). */
    private transient InvalidInputException refused;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (organisation == null) {
            organisation = currentCaller.get().map(Caller::organisationId).orElse(null);
        }
        if (organisation == null) {
            external.responseSendError(403, null);
            faces.responseComplete();
            return;
        }
        RecordFilter filter = new RecordFilter(lawfulBasis, article9Condition);
        try {
            if ("csv".equals(format)) {
                download(faces, records.csv(organisation, filter).getBytes(StandardCharsets.UTF_8),
                        "text/csv; charset=UTF-8", "csv");
                return;
            }
            if ("xlsx".equals(format)) {
                download(faces, records.xlsx(organisation, filter),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
                return;
            }
            record = records.record(organisation, filter);
        } catch (InvalidInputException e) {
            refused = e;
        } catch (AccessDeniedException e) {
            external.responseSendError(403, null);
            faces.responseComplete();
        } catch (NotFoundException e) {
            external.responseSendError(404, null);
            faces.responseComplete();
        }
    }

    /**
     * On a GET the view action runs before the page's components exist: the refusal is shown at preRenderView, when
     * the filter form does, so that each message lands beside its field and the error summary links to it.
     */
    public void explainRefusedFilter() {
        if (refused != null) {
            Feedback.show("filter", refused);
            refused = null;
        }
    }

    /** The filter form's action: the same page, the filter in its address. */
    public String applyFilter() {
        return "/app/record-of-processing?faces-redirect=true&includeViewParams=true";
    }

    private void download(FacesContext faces, byte[] content, String type, String extension) throws IOException {
        ExternalContext external = faces.getExternalContext();
        // Nothing is written yet (a view action runs before the page renders): the security headers already set stay.
        external.setResponseContentType(type);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"record-of-processing-"
                + organisation + "-" + LocalDate.now() + "." + extension + "\"");
        external.setResponseContentLength(content.length);
        external.getResponseOutputStream().write(content);
        faces.responseComplete();
    }

    public ProcessingRecord getRecord() {
        return record;
    }

    public List<ProcessingRecord.Coded> getLawfulBases() {
        return records.lawfulBases();
    }

    public List<ProcessingRecord.Coded> getArticle9Conditions() {
        return records.article9Conditions();
    }

    /** A provision as the page shows it: its name and, in brackets, its citation. */
    public String provision(ProcessingRecord.Provision p) {
        if (p == null) {
            return "";
        }
        return p.citation() == null || p.citation().isBlank() ? p.name() : Feedback.text("record.provision", p.name(), p.citation());
    }

    public String provisions(List<ProcessingRecord.Provision> list) {
        return String.join("; ", list.stream().map(this::provision).toList());
    }

    public String names(List<ProcessingRecord.Coded> list) {
        return String.join("; ", list.stream().map(ProcessingRecord.Coded::name).toList());
    }

    public Long getOrganisation() { return organisation; }
    public void setOrganisation(Long v) { organisation = v; }
    public String getLawfulBasis() { return lawfulBasis; }
    public void setLawfulBasis(String v) { lawfulBasis = v == null || v.isBlank() ? null : v; }
    public String getArticle9Condition() { return article9Condition; }
    public void setArticle9Condition(String v) { article9Condition = v == null || v.isBlank() ? null : v; }
    public String getFormat() { return format; }
    public void setFormat(String v) { format = v; }
}
