package org.concordat.security.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.concordat.shared.domain.Language;
import org.concordat.shared.domain.Role;

/**
 * A person who signs in to Concordat. Belongs to one organisation (by id: organisations are another
 * aggregate). Aggregate root; concurrent edits are caught by its version.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(nullable = false)
    private String email;

    @Column(name = "job_title")
    private String jobTitle;

    /** PBKDF2 hash with its algorithm, iterations and salt; never the password. */
    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(nullable = false)
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    /** The roles the provider's claim gave at the last sign-in (V39): the provider's to take away, no one else's. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_sso_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> ssoRoles = new HashSet<>();

    /** The OpenID Connect provider that signs this user in, and who it says they are there; null for both otherwise. */
    @Column(name = "sso_issuer")
    private String ssoIssuer;

    @Column(name = "sso_subject")
    private String ssoSubject;

    /** 'en' or 'cy'; null until they first choose (V36). */
    @Column(name = "language", length = 2)
    private String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected UserAccount() {
    }

    public UserAccount(UserDetails details, String passwordHash, boolean mustChangePassword, Instant now) {
        apply(details);
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.active = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A user provisioned at their first single sign-on: no password, known by issuer and subject. */
    public static UserAccount signedOnBy(UserDetails details, String issuer, String subject, Instant now) {
        UserAccount user = new UserAccount(details, null, false, now);
        user.linkSingleSignOn(issuer, subject, now);
        return user;
    }

    /** From now on the provider signs this user in; a password they had stops working. */
    public void linkSingleSignOn(String issuer, String subject, Instant now) {
        this.ssoIssuer = issuer;
        this.ssoSubject = subject;
        this.passwordHash = null;
        this.mustChangePassword = false;
        this.updatedAt = now;
    }

    /**
     * The roles the provider's claim gives at this sign-in. A role it gave before and gives no longer is taken away; a
     * role given in Concordat by an IG lead or administrator stays, and so does PRACTITIONER, everyone's. Returns
     * whether the roles changed.
     */
    public boolean takeRolesFromProvider(Set<Role> claimed, Instant now) {
        Set<Role> given = claimed.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(claimed);
        given.remove(Role.ADMIN); // never from a provider (OidcSettings refuses such a map too)
        Set<Role> next = EnumSet.of(Role.PRACTITIONER);
        roles.stream().filter(r -> !ssoRoles.contains(r)).forEach(next::add);
        next.addAll(given);
        boolean changed = !next.equals(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        roles.clear();
        roles.addAll(next);
        ssoRoles.clear();
        ssoRoles.addAll(given);
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public void update(UserDetails details, Instant now) {
        apply(details);
        this.updatedAt = now;
    }

    public void setPassword(String newHash, boolean mustChange, Instant now) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChange;
        this.updatedAt = now;
    }

    public void deactivate(Instant now) {
        this.active = false;
        this.updatedAt = now;
    }

    public void reactivate(Instant now) {
        this.active = true;
        this.updatedAt = now;
    }

    public UserDetails details() {
        return new UserDetails(organisationId, fullName, email, jobTitle, roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles));
    }

    private void apply(UserDetails d) {
        this.organisationId = d.organisationId();
        this.fullName = d.fullName().trim();
        this.email = normaliseEmail(d.email());
        this.jobTitle = d.jobTitle() == null || d.jobTitle().isBlank() ? null : d.jobTitle().trim();
        this.roles.clear();
        this.roles.addAll(d.roles());
    }

    /** Pages and e-mails in this language from now on. */
    public void chooseLanguage(Language chosen, Instant now) {
        this.language = chosen.code();
        this.updatedAt = now;
    }

    /** The language they chose, empty until they first choose. */
    public java.util.Optional<Language> getLanguage() { return Language.ofCode(language); }
    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getOrganisationId() { return organisationId; }
    public String getFullName() { return fullName; }
    public String getEmail() { return email; }
    public String getJobTitle() { return jobTitle; }
    public String getPasswordHash() { return passwordHash; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public boolean isActive() { return active; }
    public Set<Role> getRoles() { return Set.copyOf(roles); }
    public String getSsoIssuer() { return ssoIssuer; }
    public String getSsoSubject() { return ssoSubject; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
