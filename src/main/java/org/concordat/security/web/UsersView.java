package org.concordat.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.security.application.UserData;
import org.concordat.security.application.UserQueries;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.ListParameters;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.Page;
import org.concordat.shared.domain.PageRequest;
import org.concordat.shared.domain.Role;
import org.concordat.shared.web.ListPageView;

/** The users list for administrators, a page at a time: search by name or email, filter by organisation (in the address). */
@Named
@ViewScoped
public class UsersView extends ListPageView {

    private static final long serialVersionUID = 1L;

    @Inject
    UserQueries queries;

    @Inject
    OrganisationQueries organisationQueries;

    private String organisationId;
    private boolean includeInactive;
    private Page<UserData> users = Page.empty(PageRequest.first());
    private transient List<OrganisationData> organisations;

    @Override
    protected String outcome() {
        return "/admin/users";
    }

    @Override
    protected String form() {
        return "search";
    }

    @Override
    protected boolean read(PageRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String text = ListParameters.text(getQ(), errors);
        Long organisation = ListParameters.id(organisationId, "organisation", Messages.text("security.UsersView.organisation"), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        users = queries.search(text, organisation, includeInactive, request);
        return text != null || organisation != null || includeInactive;
    }

    @Override
    protected void empty() {
        users = Page.empty(PageRequest.first());
    }

    public List<String> rolesOf(UserData user) {
        return user.details().roles().stream().sorted().map(Role::name).toList();
    }

    public List<OrganisationData> getOrganisations() {
        if (organisations == null) {
            organisations = organisationQueries.search(null, true);
        }
        return organisations;
    }

    public String getOrganisationId() { return organisationId; }
    public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
    public boolean isIncludeInactive() { return includeInactive; }
    public void setIncludeInactive(boolean includeInactive) { this.includeInactive = includeInactive; }
    public Page<UserData> getUsers() { return users; }
}
