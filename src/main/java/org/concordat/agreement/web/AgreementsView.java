package org.concordat.agreement.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.application.AgreementDrafting;
import org.concordat.agreement.domain.AgreementDetails;
import org.concordat.agreement.domain.PartyDetails;
import org.concordat.agreement.domain.PartyRole;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.shared.application.CurrentCaller;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.web.DateInput;
import org.concordat.shared.web.Feedback;
import org.concordat.template.application.TemplateLibrary;
import org.concordat.template.application.TemplateSummary;
import org.concordat.template.domain.TemplateKind;

/** The short form that starts a new draft (the list is {@link AgreementListView}). */
@Named
@ViewScoped
public class AgreementsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgreementDrafting drafting;

    @Inject
    TemplateLibrary templates;

    @Inject
    OrganisationQueries organisations;

    @Inject
    CurrentCaller currentCaller;

    private List<TemplateSummary> dsaTemplates;
    private List<OrganisationData> partners;
    private String title;
    private Long templateVersionId;
    private String purpose;
    private String effectiveDate;
    private List<Long> partnerIds = new ArrayList<>();

    @PostConstruct
    void init() {
        dsaTemplates = templates.list().stream().filter(t -> t.kind() == TemplateKind.DSA && t.latestPublished() != null).toList();
        long own = currentCaller.get().orElseThrow().organisationId();
        partners = organisations.search(null, false).stream().filter(o -> o.id() != own).toList();
        if (!dsaTemplates.isEmpty()) {
            templateVersionId = dsaTemplates.get(0).latestPublished().id();
        }
    }

    public String create() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate effective = DateInput.parse(effectiveDate, "effectiveDate", errors);
        if (!errors.isEmpty()) {
            Feedback.show("form", new InvalidInputException(errors));
            return null;
        }
        try {
            List<PartyDetails> parties = partnerIds.stream()
                    .map(id -> new PartyDetails(id, PartyRole.CONTROLLER, null, null, null)).toList();
            AgreementData created = drafting.create(templateVersionId == null ? 0 : templateVersionId,
                    new AgreementDetails(title, purpose, null, effective, null, null), parties);
            Feedback.infoAfterRedirect(Feedback.text("agreements.created", created.reference()));
            return "/app/agreement?faces-redirect=true&id=" + created.versionId();
        } catch (RuntimeException e) {
            Feedback.show("form", e);
            return null;
        }
    }

    public List<TemplateSummary> getDsaTemplates() { return dsaTemplates; }
    public List<OrganisationData> getPartners() { return partners; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getTemplateVersionId() { return templateVersionId; }
    public void setTemplateVersionId(Long v) { this.templateVersionId = v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getEffectiveDate() { return effectiveDate; }
    public void setEffectiveDate(String effectiveDate) { this.effectiveDate = effectiveDate; }
    public List<Long> getPartnerIds() { return partnerIds; }
    public void setPartnerIds(List<Long> partnerIds) { this.partnerIds = partnerIds; }
}
