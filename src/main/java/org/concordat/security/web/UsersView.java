package org.concordat.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.security.application.UserData;
import org.concordat.security.application.UserQueries;
import org.concordat.shared.domain.Role;

/** The users list for administrators: search by name or email, filter by organisation. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserQueries queries;

    @Inject
    OrganisationQueries organisationQueries;

    private String query;
    private Long organisationId;
    private boolean includeInactive;
    private List<UserData> users;
    private List<OrganisationData> organisations;

    @PostConstruct
    void init() {
        organisations = organisationQueries.search(null, true);
        search();
    }

    public void search() {
        users = queries.search(query, organisationId, includeInactive);
    }

    public List<String> rolesOf(UserData user) {
        return user.details().roles().stream().sorted().map(Role::name).toList();
    }

    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public boolean isIncludeInactive() { return includeInactive; }
    public void setIncludeInactive(boolean includeInactive) { this.includeInactive = includeInactive; }
    public List<UserData> getUsers() { return users; }
    public List<OrganisationData> getOrganisations() { return organisations; }
}
