package org.concordat.dpia.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.concordat.agreement.application.AgreementQueries;
import org.concordat.dpia.application.DpiaData;
import org.concordat.dpia.application.DpiaDrafting;
import org.concordat.shared.application.CurrentCaller;
import org.concordat.shared.domain.Role;
import org.concordat.shared.web.Feedback;
import org.concordat.template.application.TemplateLibrary;
import org.concordat.template.application.TemplateSummary;
import org.concordat.template.domain.TemplateKind;

/** The short form that starts a new DPIA, optionally linked to an agreement (the list is {@link DpiaListView}). */
@Named
@ViewScoped
public class DpiasView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DpiaDrafting drafting;

    @Inject
    TemplateLibrary templates;

    @Inject
    AgreementQueries agreementQueries;

    @Inject
    CurrentCaller currentCaller;

    private List<TemplateSummary> dpiaTemplates;
    private List<AgreementQueries.AgreementSummary> agreements;
    private String title;
    private Long templateVersionId;
    private Long agreementId;

    @PostConstruct
    void init() {
        boolean author = currentCaller.get().map(c -> c.has(Role.IG_LEAD) || c.has(Role.DPO)).orElse(false);
        if (author) {
            dpiaTemplates = templates.list().stream().filter(t -> t.kind() == TemplateKind.DPIA && t.latestPublished() != null).toList();
            agreements = agreementQueries.list();
            if (!dpiaTemplates.isEmpty()) {
                templateVersionId = dpiaTemplates.get(0).latestPublished().id();
            }
        }
    }

    public String create() {
        try {
            DpiaData created = drafting.create(templateVersionId == null ? 0 : templateVersionId, title,
                    agreementId == null ? List.of() : List.of(agreementId));
            Feedback.infoAfterRedirect(Feedback.text("dpia.created", created.reference()));
            return "/app/dpia?faces-redirect=true&id=" + created.versionId();
        } catch (RuntimeException e) {
            Feedback.show("form", e);
            return null;
        }
    }

    public List<TemplateSummary> getDpiaTemplates() { return dpiaTemplates; }
    public List<AgreementQueries.AgreementSummary> getAgreements() { return agreements; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getTemplateVersionId() { return templateVersionId; }
    public void setTemplateVersionId(Long v) { this.templateVersionId = v; }
    public Long getAgreementId() { return agreementId; }
    public void setAgreementId(Long v) { this.agreementId = v; }
}
