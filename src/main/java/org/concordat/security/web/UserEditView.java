package org.concordat.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.security.application.ManageUsers;
import org.concordat.security.application.UserData;
import org.concordat.security.application.UserQueries;
import org.concordat.security.domain.UserDetails;
import org.concordat.shared.domain.Role;
import org.concordat.shared.web.Feedback;

/**
 * Add or edit a user. After adding one, or resetting a password, the page shows the one-time password once;
 * it is never stored in clear and never shown again.
 */
@Named
@ViewScoped
public class UserEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserQueries queries;

    @Inject
    ManageUsers manage;

    @Inject
    OrganisationQueries organisationQueries;

    private Long id;
    private long version;
    private boolean active = true;
    private String fullName;
    private String email;
    private String jobTitle;
    private Long organisationId;
    private List<Role> roles = new ArrayList<>();
    private List<OrganisationData> organisations;
    private String oneTimePassword;

    public void load() {
        if (organisations == null) {
            organisations = organisationQueries.search(null, false);
        }
        if (id != null && fullName == null) {
            show(queries.get(id));
        }
    }

    public String getTitle() {
        return id == null ? Feedback.text("user.titleNew") : Feedback.text("user.titleEdit", fullName);
    }

    public void save() {
        try {
            UserDetails details = new UserDetails(organisationId == null ? 0 : organisationId, fullName, email,
                    jobTitle, roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
            if (id == null) {
                ManageUsers.CreatedUser created = manage.create(details);
                show(created.user());
                oneTimePassword = created.oneTimePassword();
                Feedback.info(Feedback.text("user.created", fullName));
            } else {
                show(manage.update(id, version, details));
                Feedback.info(Feedback.text("user.saved", fullName));
            }
        } catch (RuntimeException e) {
            Feedback.show("form", e);
        }
    }

    public void resetPassword() {
        try {
            oneTimePassword = manage.resetPassword(id, version);
            show(queries.get(id));
            Feedback.info(Feedback.text("user.passwordReset", fullName));
        } catch (RuntimeException e) {
            Feedback.show("form", e);
        }
    }

    public void toggleActive() {
        try {
            boolean activate = !active;
            show(manage.setActive(id, version, activate));
            Feedback.info(Feedback.text(activate ? "user.reactivated" : "user.deactivated", fullName));
        } catch (RuntimeException e) {
            Feedback.show("form", e);
        }
    }

    private void show(UserData user) {
        id = user.id();
        version = user.version();
        active = user.active();
        fullName = user.details().fullName();
        email = user.details().email();
        jobTitle = user.details().jobTitle();
        organisationId = user.details().organisationId();
        roles = new ArrayList<>(user.details().roles());
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public boolean isExisting() { return id != null; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isActive() { return active; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getJobTitle() { return jobTitle; }
    public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public List<Role> getRoles() { return roles; }
    public void setRoles(List<Role> roles) { this.roles = roles; }
    public List<OrganisationData> getOrganisations() { return organisations; }
    public String getOneTimePassword() { return oneTimePassword; }
}
