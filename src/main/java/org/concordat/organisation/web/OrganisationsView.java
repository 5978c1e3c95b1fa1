package org.concordat.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.shared.application.CurrentCaller;
import org.concordat.shared.domain.ListParameters;
import org.concordat.shared.domain.Page;
import org.concordat.shared.domain.PageRequest;
import org.concordat.shared.domain.Role;
import org.concordat.shared.web.ListPageView;

/**
 * The organisations directory, a page at a time, searched by name (the search in the address): everyone can search it;
 * administrators and their own IG lead can edit.
 */
@Named
@ViewScoped
public class OrganisationsView extends ListPageView {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationQueries queries;

    @Inject
    CurrentCaller currentCaller;

    private boolean includeInactive;
    private Page<OrganisationData> organisations = Page.empty(PageRequest.first());

    @Override
    protected String outcome() {
        return "/app/organisations";
    }

    @Override
    protected String form() {
        return "search";
    }

    @Override
    protected boolean read(PageRequest request) {
        String text = ListParameters.searchText(getQ());
        organisations = queries.search(text, includeInactive, request);
        return text != null || includeInactive;
    }

    @Override
    protected void empty() {
        organisations = Page.empty(PageRequest.first());
    }

    public boolean canEdit(OrganisationData organisation) {
        return currentCaller.get().map(c -> c.has(Role.ADMIN)
                || (c.has(Role.IG_LEAD) && c.belongsTo(organisation.id()))).orElse(false);
    }

    public boolean isIncludeInactive() { return includeInactive; }
    public void setIncludeInactive(boolean includeInactive) { this.includeInactive = includeInactive; }
    public Page<OrganisationData> getOrganisations() { return organisations; }
}
