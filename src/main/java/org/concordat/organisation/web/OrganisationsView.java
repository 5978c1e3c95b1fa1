package org.concordat.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.shared.application.CurrentCaller;
import org.concordat.shared.domain.Role;

/** The organisations directory: everyone can search it; administrators and their own IG lead can edit. */
@Named
@ViewScoped
public class OrganisationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationQueries queries;

    @Inject
    CurrentCaller currentCaller;

    private String query;
    private boolean includeInactive;
    private List<OrganisationData> organisations;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        organisations = queries.search(query, includeInactive);
    }

    public boolean canEdit(OrganisationData organisation) {
        return currentCaller.get().map(c -> c.has(Role.ADMIN)
                || (c.has(Role.IG_LEAD) && c.belongsTo(organisation.id()))).orElse(false);
    }

    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public boolean isIncludeInactive() { return includeInactive; }
    public void setIncludeInactive(boolean includeInactive) { this.includeInactive = includeInactive; }
    public List<OrganisationData> getOrganisations() { return organisations; }
}
