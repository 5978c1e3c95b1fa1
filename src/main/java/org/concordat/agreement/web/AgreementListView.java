package org.concordat.agreement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.concordat.agreement.application.AgreementFilters;
import org.concordat.agreement.application.AgreementQueries;
import org.concordat.agreement.domain.AgreementFilter;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.shared.domain.Page;
import org.concordat.shared.domain.PageRequest;
import org.concordat.shared.domain.StatusTag;
import org.concordat.shared.web.ListPageView;

/** The agreements list, a page at a time, filtered by the address (issue 23). */
@Named
@ViewScoped
public class AgreementListView extends ListPageView {

    private static final long serialVersionUID = 1L;

    @Inject
    AgreementQueries queries;

    @Inject
    AgreementFilters filters;

    @Inject
    OrganisationQueries organisations;

    private String party;
    private String basis;
    private String condition;
    private Page<AgreementQueries.AgreementSummary> agreements = Page.empty(PageRequest.first());

    @Override
    protected String outcome() {
        return "/app/agreements";
    }

    @Override
    protected boolean read(PageRequest request) {
        AgreementFilter filter = filters.parse(new AgreementFilters.Raw(getQ(), getStatus(), party, basis, condition, getSort()));
        agreements = queries.search(filter, request);
        return filter.text() != null || filter.status() != null || filter.partyId() != null || filter.lawfulBasis() != null
                || filter.specialCondition() != null;
    }

    @Override
    protected void empty() {
        agreements = Page.empty(PageRequest.first());
    }

    public List<StatusTag> getStatuses() {
        return List.copyOf(AgreementFilters.STATUSES);
    }

    public List<OrganisationData> getParties() {
        return organisations.search(null, true);
    }

    public List<CatalogueEntry> getLawfulBases() {
        return filters.lawfulBases();
    }

    public List<CatalogueEntry> getConditions() {
        return filters.specialConditions();
    }

    public Page<AgreementQueries.AgreementSummary> getAgreements() { return agreements; }
    public String getParty() { return party; }
    public void setParty(String party) { this.party = party; }
    public String getBasis() { return basis; }
    public void setBasis(String basis) { this.basis = basis; }
    public String getCondition() { return condition; }
    public void setCondition(String condition) { this.condition = condition; }
}
