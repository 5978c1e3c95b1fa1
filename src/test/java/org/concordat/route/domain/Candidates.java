package org.concordat.route.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.legal.domain.LegalBasis;
import org.concordat.legal.domain.compliance.Regime;

/**
 * Candidate versions for matcher tests: a school sharing a child's education and social care information with the
 * council for a child in need, approved and in force, unless a test changes it.
 */
final class Candidates {

    static final long COUNCIL = 1;
    static final long SCHOOL = 2;
    static final long POLICE = 3;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /** A mutable flow, lawful and complete as built. */
    static final class FlowSpec {
        String key;
        long sender = SCHOOL;
        long recipient = COUNCIL;
        boolean bothWays;
        Set<String> subjects = Set.of("CHILD");
        Set<String> categories = Set.of("EDUCATION_DATA", "SOCIAL_CARE");
        String purpose = "CHILD_IN_NEED";

        FlowSpec(String key) {
            this.key = key;
        }

        FlowSpec from(long from, long to) {
            sender = from;
            recipient = to;
            return this;
        }

        FlowSpec bothWays() {
            bothWays = true;
            return this;
        }

        FlowSpec about(String... subjectCodes) {
            subjects = Set.of(subjectCodes);
            return this;
        }

        FlowSpec carrying(String... categoryCodes) {
            categories = Set.of(categoryCodes);
            return this;
        }

        FlowSpec forPurpose(String code) {
            purpose = code;
            return this;
        }

        CandidateFlow build() {
            return new CandidateFlow(key, sender, recipient, bothWays, subjects, categories, purpose, "SECURE_EMAIL",
                    "Until the child is 25", new LegalBasis(Regime.GENERAL, Set.of("A6-1-e"), null, null, null, null,
                    null, Set.of("CA1989-S17"), null, "CL-PUBLIC-INTEREST", null, null));
        }
    }

    /** A mutable version, approved and in force as built. */
    static final class VersionSpec {
        long agreementId;
        long versionId;
        int number = 1;
        VersionStatus status = VersionStatus.APPROVED;
        LocalDate effective = LocalDate.of(2026, 4, 1);
        LocalDate review = LocalDate.of(2027, 4, 1);
        LocalDate terminatedOn;
        LocalDate endDate;
        final List<FlowSpec> flows = new ArrayList<>();

        VersionSpec(long agreementId, long versionId) {
            this.agreementId = agreementId;
            this.versionId = versionId;
        }

        VersionSpec status(VersionStatus s) {
            status = s;
            return this;
        }

        VersionSpec effective(LocalDate d) {
            effective = d;
            return this;
        }

        VersionSpec review(LocalDate d) {
            review = d;
            return this;
        }

        VersionSpec ends(LocalDate d) {
            endDate = d;
            return this;
        }

        VersionSpec terminated(LocalDate d) {
            status = VersionStatus.TERMINATED;
            terminatedOn = d;
            return this;
        }

        VersionSpec with(FlowSpec flow) {
            flows.add(flow);
            return this;
        }

        FlowSpec flow() {
            return flows.get(0);
        }

        CandidateVersion build() {
            return new CandidateVersion(agreementId, reference(), "Agreement " + agreementId, versionId, number, status,
                    effective, review, terminatedOn, endDate, flows.stream().map(FlowSpec::build).toList());
        }

        String reference() {
            return String.format("DSA-2026-%04d", agreementId);
        }
    }

    private Candidates() {
    }

    /** Agreement n, version n*10, with flow F1 from the school to the council. */
    static VersionSpec agreement(long n) {
        return new VersionSpec(n, n * 10).with(new FlowSpec("F1"));
    }

    static RouteQuestion ask(long from, long to, Set<String> subjects, Set<String> categories, String purpose) {
        return new RouteQuestion(from, to, subjects, categories, purpose, false);
    }

    /** The exact route of the default flow. */
    static RouteQuestion schoolToCouncil(String... categories) {
        return ask(SCHOOL, COUNCIL, Set.of("CHILD"), Set.of(categories), "CHILD_IN_NEED");
    }
}
