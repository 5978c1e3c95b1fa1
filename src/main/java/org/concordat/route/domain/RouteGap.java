package org.concordat.route.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import org.concordat.shared.domain.CodeSetConverter;

/**
 * A route that was checked and found not (fully) covered: the raw material of the coverage-gaps view. Holds the
 * route, the purpose and the kinds of people and data asked about (catalogue codes, from which a draft agreement for
 * the route can start) — nothing about the people concerned, no case detail.
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

    /** Null for gaps noted before these were kept. */
    @Convert(converter = CodeSetConverter.class)
    @Column(name = "data_subjects", updatable = false)
    private Set<String> dataSubjects;

    @Convert(converter = CodeSetConverter.class)
    @Column(name = "data_categories", updatable = false)
    private Set<String> dataCategories;

    protected RouteGap() {
    }

    public RouteGap(long organisationId, Long toOrganisationId, String purpose, Set<String> dataSubjects,
                    Set<String> dataCategories, Outcome outcome, Instant checkedAt) {
        this.organisationId = organisationId;
        this.dataSubjects = Set.copyOf(dataSubjects);
        this.dataCategories = Set.copyOf(dataCategories);
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
    public Set<String> getDataSubjects() { return dataSubjects == null ? Set.of() : dataSubjects; }
    public Set<String> getDataCategories() { return dataCategories == null ? Set.of() : dataCategories; }
}
