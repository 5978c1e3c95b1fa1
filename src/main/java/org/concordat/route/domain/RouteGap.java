package org.concordat.route.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A route that was checked and found not (fully) covered: the raw material of the coverage-gaps view. Holds the
 * route and the purpose only — no categories, subjects or case detail.
 */
@Entity
@Table(name = "route_gap")
public class RouteGap {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "route_gap_seq")
    @SequenceGenerator(name = "route_gap_seq", sequenceName = "route_gap_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    /** Null when the recipient was not an organisation of the partnership. */
    @Column(name = "to_organisation_id")
    private Long toOrganisationId;

    @Column(nullable = false)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    protected RouteGap() {
    }

    public RouteGap(long organisationId, Long toOrganisationId, String purpose, Outcome outcome, Instant checkedAt) {
        this.organisationId = organisationId;
        this.toOrganisationId = toOrganisationId;
        this.purpose = purpose;
        this.outcome = outcome;
        this.checkedAt = checkedAt;
    }

    public Long getId() { return id; }
    public long getOrganisationId() { return organisationId; }
    public Long getToOrganisationId() { return toOrganisationId; }
    public String getPurpose() { return purpose; }
    public Outcome getOutcome() { return outcome; }
    public Instant getCheckedAt() { return checkedAt; }
}
