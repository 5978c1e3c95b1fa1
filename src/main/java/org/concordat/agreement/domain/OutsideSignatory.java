package org.concordat.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;

/**
 * A signatory without an account, named by an IG lead for one party of one version: name, role and e-mail address.
 * At most one per party; they decide for the party through a one-time link ({@link SignatoryInvitation}).
 */
@Entity
@Table(name = "agreement_outside_signatory")
public class OutsideSignatory {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_outside_signatory_seq")
    @SequenceGenerator(name = "agreement_outside_signatory_seq", sequenceName = "agreement_outside_signatory_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "agreement_version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "job_role", nullable = false)
    private String jobRole;

    @Column(nullable = false)
    private String email;

    @Column(name = "named_by", nullable = false)
    private String namedBy;

    @Column(name = "named_at", nullable = false)
    private Instant namedAt;

    protected OutsideSignatory() {
    }

    public OutsideSignatory(long versionId, long organisationId, String fullName, String jobRole, String email,
                            String namedBy, Instant now) {
        this.versionId = versionId;
        this.organisationId = organisationId;
        rename(fullName, jobRole, email, namedBy, now);
    }

    /** Replaces who it is; every field is checked, with a message beside each wrong one. */
    public final void rename(String fullName, String jobRole, String email, String namedBy, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        String name = fullName == null ? "" : fullName.strip();
        String role = jobRole == null ? "" : jobRole.strip();
        String address = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
        if (name.isEmpty()) {
            errors.add(new FieldError("signatoryName", Messages.text("agreement.OutsideSignatory.giveTheSignatorySName")));
        } else if (name.length() > 200) {
            errors.add(new FieldError("signatoryName", Messages.text("agreement.OutsideSignatory.keepTheNameTo200")));
        }
        if (role.isEmpty()) {
            errors.add(new FieldError("signatoryRole", Messages.text("agreement.OutsideSignatory.giveTheSignatorySRole")));
        } else if (role.length() > 200) {
            errors.add(new FieldError("signatoryRole", Messages.text("agreement.OutsideSignatory.keepTheRoleTo200")));
        }
        if (address.isEmpty()) {
            errors.add(new FieldError("signatoryEmail", Messages.text("agreement.OutsideSignatory.giveTheSignatorySEmail")));
        } else if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            errors.add(new FieldError("signatoryEmail", Messages.text("agreement.OutsideSignatory.enterAnEmailAddressLike")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.fullName = name;
        this.jobRole = role;
        this.email = address;
        this.namedBy = namedBy;
        this.namedAt = now;
    }

    public Long getId() { return id; }
    public long getVersionId() { return versionId; }
    public long getOrganisationId() { return organisationId; }
    public String getFullName() { return fullName; }
    public String getJobRole() { return jobRole; }
    public String getEmail() { return email; }
    public String getNamedBy() { return namedBy; }
    public Instant getNamedAt() { return namedAt; }
}
