package org.concordat.route.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.legal.application.LegalCatalogue;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.domain.compliance.Regime;
import org.concordat.legal.infrastructure.YamlCatalogueReader;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.domain.OrganisationDetails;
import org.concordat.organisation.domain.Sector;
import org.concordat.route.domain.CandidateFlow;
import org.concordat.route.domain.CandidateVersion;
import org.concordat.legal.domain.LegalBasis;
import org.concordat.route.domain.Outcome;
import org.concordat.route.domain.ReasonCode;
import org.concordat.route.domain.RouteGap;
import org.concordat.route.domain.RouteGapRepository;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.application.ConsistentReads;
import org.concordat.shared.domain.AccessDeniedException;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The use case without a container: who may check from where, which input is refused and how, and what the
 * answer says — in words, with the law explained from the shipped catalogue.
 */
class RouteChecksTest {

    static final long SCHOOL = 2;
    static final long COUNCIL = 1;
    static final Catalogue CATALOGUE = new YamlCatalogueReader(name -> {
        Path file = Path.of("templates", "legal", name);
        try {
            return Files.exists(file) ? Files.newInputStream(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }).read();

    final Caller teacher = new Caller(7, "teacher@school.example", "A Teacher", SCHOOL, "Hillside School",
            Set.of(Role.PRACTITIONER));
    final Map<Long, OrganisationData> directory = Map.of(
            SCHOOL, organisation(SCHOOL, "Hillside School", "Dee Pio", "dpo@school.example"),
            COUNCIL, organisation(COUNCIL, "Northshire Council", "Council DPO", "dpo@council.example"));
    final List<long[]> lookups = new ArrayList<>();
    final List<RouteGap> noted = new ArrayList<>();
    List<CandidateVersion> found = List.of();
    final List<String> refusals = new ArrayList<>();

    RouteChecks checks = new RouteChecks();

    static OrganisationData organisation(long id, String name, String dpoName, String dpoEmail) {
        return new OrganisationData(id, 0, new OrganisationDetails(name, Sector.EDUCATION, true, false, null, dpoName,
                dpoEmail, "01234 567890", null, null), true, Instant.EPOCH);
    }

    @BeforeEach
    void wire() {
        checks.guard = new AccessGuard() {
            @Override
            public Caller signedIn() {
                return teacher;
            }

            @Override
            public AccessDeniedException refuse(Caller caller, String action, String reason) {
                refusals.add(action);
                return new AccessDeniedException(reason);
            }
        };
        checks.catalogue = new LegalCatalogue() {
            @Override
            public Catalogue current() {
                return CATALOGUE;
            }
        };
        checks.gaps = new RouteGapRepository() {
            @Override
            public RouteGap add(RouteGap gap) {
                noted.add(gap);
                return gap;
            }

            @Override
            public List<GapCount> counts(Long organisationId, int limit) {
                return List.of();
            }

            @Override
            public List<RouteGap> latest(long from, long to, String purpose, int limit) {
                return noted.stream().filter(g -> g.getOrganisationId() == from && g.getToOrganisationId() != null
                        && g.getToOrganisationId() == to && g.getPurpose().equals(purpose)).limit(limit).toList();
            }
        };
        checks.candidates = (from, to) -> {
            lookups.add(new long[] {from, to});
            return found;
        };
        checks.directory = new PartnershipDirectory() {
            @Override
            public Optional<OrganisationData> activeOrganisation(long id) {
                return Optional.ofNullable(directory.get(id));
            }

            @Override
            public List<Caller> activeDpos(long organisationId) {
                return List.of(
                        new Caller(91, "DPO@school.example", "Dee Pio", organisationId, "Hillside School", Set.of(Role.DPO)),
                        new Caller(92, "second@school.example", "Second DPO", organisationId, "Hillside School", Set.of(Role.DPO)));
            }
        };
        checks.reads = new ConsistentReads() {
            @Override
            public <T> T atOneMoment(Supplier<T> reads) {
                return reads.get();
            }
        };
        checks.clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    }

    private static RouteCheckCommand toCouncil(String... categories) {
        return new RouteCheckCommand(null, COUNCIL, false, List.of("CHILD"), List.of(categories), "CHILD_IN_NEED", false);
    }

    private static CandidateVersion approved(String... categories) {
        return new CandidateVersion(40, "DSA-2026-0040", "Children in need", 400, 1, VersionStatus.APPROVED,
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 10, 1), null, null, List.of(new CandidateFlow("F1", SCHOOL,
                COUNCIL, false, Set.of("CHILD"), Set.of(categories), "CHILD_IN_NEED", "SECURE_EMAIL",
                "Until the child is 25", new LegalBasis(Regime.GENERAL, Set.of("A6-1-e"), null,
                LegalBasis.Condition.of("A9-2-g", "S1-P2-18"), null, null, null, Set.of("CA1989-S17"), null,
                "CL-PUBLIC-INTEREST", null, null))));
    }

    private static List<String> fields(InvalidInputException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void theSameAnswerTwiceIsEqualAndHashesAlike() {
        found = List.of(approved("EDUCATION_DATA", "HEALTH_DATA"));
        RouteCheckResult covered = checks.check(toCouncil("HEALTH_DATA"));
        assertEquals(covered, checks.check(toCouncil("HEALTH_DATA")));
        assertEquals(covered.hashCode(), checks.check(toCouncil("HEALTH_DATA")).hashCode());
        RouteCheckResult partly = checks.check(toCouncil("HEALTH_DATA", "HOUSING"));
        RouteCheckResult again = checks.check(toCouncil("HEALTH_DATA", "HOUSING"));
        assertEquals(partly, again);
        assertEquals(partly.hashCode(), again.hashCode());
        assertEquals(partly.reasons().get(0).hashCode(), again.reasons().get(0).hashCode());
        assertEquals(partly.notCovered().get(0).hashCode(), again.notCovered().get(0).hashCode());
        assertNotEquals(covered, partly);
    }

    @Test
    void aCoveredRouteNamesTheAgreementAndExplainsTheLaw() {
        found = List.of(approved("EDUCATION_DATA", "HEALTH_DATA"));
        RouteCheckResult r = checks.check(toCouncil("HEALTH_DATA"));
        assertEquals(Outcome.COVERED, r.outcome());
        assertEquals("Covered: DSA-2026-0040 version 1 covers sharing this information with Northshire Council for"
                + " this purpose (Child in need). Share it as the agreement sets out, where it is necessary and"
                + " proportionate in this case.", r.headline());
        RouteCheckResult.CoveringFlow flow = r.coveredBy().get(0);
        assertEquals("Public task", flow.lawfulBases().get(0).title());
        assertEquals("UK GDPR Article 6(1)(e)", flow.lawfulBases().get(0).citation());
        assertFalse(flow.article9Condition().summary().isBlank());
        assertFalse(flow.statutoryGateways().get(0).citation().isBlank(), "the statutory power is cited");
        assertNull(flow.article10Authority());
        assertEquals("/app/agreement.xhtml?id=400", flow.page());
        assertEquals("/api/v1/agreements/40", flow.agreementLink());
        assertEquals("/api/v1/agreements/versions/400/document.pdf", flow.signedDocument());
        assertEquals("/app/documents/400/document.pdf", flow.signedDocumentPage());
        assertTrue(flow.howToSend().contains("Until the child is 25"), flow.howToSend());
        assertTrue(flow.reviewOverdue(), "the review was due on 1 October 2026");
        assertTrue(r.reviewOverdue());
        assertTrue(flow.reviewWarning().contains("1 October 2026"), flow.reviewWarning());
        assertTrue(r.dpoContacts().isEmpty(), "no need to ask anyone");
        assertEquals(SCHOOL, lookups.get(0)[0], "always from the caller's own organisation");
        assertEquals(COUNCIL, lookups.get(0)[1]);
        assertTrue(noted.isEmpty(), "a covered route is no gap");
    }

    @Test
    void aRouteNotCoveredSaysWhyAndWhomToAsk() {
        found = List.of(approved("EDUCATION_DATA"));
        RouteCheckResult r = checks.check(toCouncil("HEALTH_DATA"));
        assertEquals(Outcome.NOT_COVERED, r.outcome());
        RouteCheckResult.Reason reason = r.reasons().get(0);
        assertEquals(ReasonCode.CATEGORY_NOT_INCLUDED, reason.code());
        assertEquals("Flow F1 of DSA-2026-0040 does not cover: Health.", reason.text());
        assertEquals(List.of("HEALTH_DATA"), reason.items(), "the code, explained once, in the question");
        assertEquals("HEALTH_DATA", r.question().dataCategories().get(0).code());
        assertEquals("UK GDPR Article 9(1)", r.question().dataCategories().get(0).citation());
        assertEquals(List.of("Dee Pio", "Second DPO"), r.dpoContacts().stream().map(RouteCheckResult.Contact::name).toList(),
                "the DPO on the organisation's record first, the same address once");
        assertEquals("01234 567890", r.dpoContacts().get(0).phone());
        assertEquals("About Child: Health.", r.notCovered().get(0).text());
        assertEquals(List.of("CHILD"), r.uncoveredSubjects().stream().map(RouteCheckResult.Term::code).toList());
        assertTrue(r.coveredSubjects().isEmpty());
        assertEquals(1, noted.size(), "noted for the coverage-gaps view");
        assertEquals(COUNCIL, noted.get(0).getToOrganisationId());
        assertEquals("CHILD_IN_NEED", noted.get(0).getPurpose());
        assertEquals(Outcome.NOT_COVERED, noted.get(0).getOutcome());
        assertEquals(java.util.Set.of("CHILD"), noted.get(0).getDataSubjects(), "the kinds asked, for a draft from the gap");
        assertEquals(java.util.Set.of("HEALTH_DATA"), noted.get(0).getDataCategories());
    }

    @Test
    void aRouteNotCoveredNeverReadsAsARefusal() {
        found = List.of(approved("EDUCATION_DATA"));
        RouteCheckResult r = checks.check(toCouncil("HEALTH_DATA"));
        assertTrue(r.headline().startsWith("Not covered: no agreement in force covers sharing this information with"
                + " Northshire Council"), r.headline());
        assertTrue(r.headline().contains("That does not mean you must not share: no agreement is needed to share where"
                + " there is a lawful basis."), r.headline());
        String refer = step(r, "REFER_WITHOUT_AN_AGREEMENT");
        assertTrue(refer.contains("refer to children's social care or the police now"), refer);
        assertTrue(refer.contains("No agreement is needed to make a referral."), refer);
        assertEquals(List.of("LAWFUL_BASIS", "NECESSARY_AND_PROPORTIONATE", "CONSENT_ONLY_WHERE_APPROPRIATE"),
                r.questionsToDecide().stream().map(RouteCheckResult.ToDecide::key).toList());
        r.questionsToDecide().forEach(q -> assertFalse(q.source().isBlank(), q.key() + " cites its source"));
        assertTrue(r.goldenRules().stream().anyMatch(g -> g.number() == 2), "engage the family where it is safe");
        assertTrue(r.goldenRules().stream().anyMatch(g -> g.number() == 5), "protect identities");
        assertEquals(RouteCheckResult.AtRisk.CHILD, r.atRisk());
        assertTrue(rule(r, 3).source().contains("golden rule 3"), rule(r, 3).source());
        for (String forbidden : List.of("lets you share", "may not share", "not permitted", "not allowed")) {
            assertFalse(everything(r).contains(forbidden), "says \"" + forbidden + "\"");
        }
    }

    @Test
    void aCoveredRouteSaysWhatTheAgreementCoversNotThatItPermits() {
        found = List.of(approved("HEALTH_DATA"));
        RouteCheckResult r = checks.check(toCouncil("HEALTH_DATA"));
        assertTrue(r.headline().startsWith("Covered: DSA-2026-0040 version 1 covers sharing this information with"
                + " Northshire Council"), r.headline());
        assertFalse(everything(r).contains("lets you"), r.headline());
        assertTrue(r.questionsToDecide().isEmpty());
    }

    @Test
    void aboutAnAdultAtRiskTheAdviceIsTheCareActsNotTheChildrens() {
        found = List.of(approved("EDUCATION_DATA"));
        RouteCheckResult r = checks.check(new RouteCheckCommand(null, COUNCIL, false, List.of("ADULT_AT_RISK"),
                List.of("HEALTH_DATA"), "CHILD_IN_NEED", false));
        assertEquals(RouteCheckResult.AtRisk.ADULT, r.atRisk());
        String refer = step(r, "REFER_WITHOUT_AN_AGREEMENT");
        assertTrue(refer.contains("adult social care") && refer.contains("Care Act 2014 section 42"), refer);
        assertFalse(refer.contains("children's social care"), refer);
        assertTrue(rule(r, 3).text().contains("best interests"), rule(r, 3).text());
        assertTrue(rule(r, 3).source().contains("Mental Capacity Act 2005"), rule(r, 3).source());
        assertTrue(rule(r, 2).source().contains("Making Safeguarding Personal"), rule(r, 2).source());
        assertFalse(rule(r, 1).text().contains("child safe"), rule(r, 1).text());
        String consent = r.questionsToDecide().get(2).text();
        assertTrue(consent.contains("capacity"), consent);
        assertFalse(consent.contains("parental responsibility"), consent);
    }

    @Test
    void aboutAChildAndAnAdultAtRiskTheAdviceSpeaksOfBoth() {
        found = List.of(approved("EDUCATION_DATA"));
        RouteCheckResult r = checks.check(new RouteCheckCommand(null, COUNCIL, false, List.of("ADULT_AT_RISK", "CHILD"),
                List.of("HEALTH_DATA"), "CHILD_IN_NEED", false));
        assertEquals(RouteCheckResult.AtRisk.CHILD_AND_ADULT, r.atRisk());
        String refer = step(r, "REFER_WITHOUT_AN_AGREEMENT");
        assertTrue(refer.contains("children's social care") && refer.contains("adult social care"), refer);
        assertTrue(rule(r, 1).text().contains("child"), "the child's safety first: " + rule(r, 1).text());
        assertTrue(rule(r, 3).text().contains("best interests"), rule(r, 3).text());
    }

    @Test
    void aPurposeOutsideTheAgreementStillLeavesTheCompatibleFurtherPurposesOfTheLaw() {
        found = List.of(approved("HEALTH_DATA"));
        RouteCheckResult r = checks.check(new RouteCheckCommand(null, COUNCIL, false, List.of("CHILD"),
                List.of("HEALTH_DATA"), "EARLY_HELP", false));
        RouteCheckResult.Reason purpose = r.reasons().stream()
                .filter(x -> x.code() == ReasonCode.PURPOSE_NOT_INCLUDED).findFirst().orElseThrow();
        assertTrue(purpose.text().contains("UK GDPR Article 8A and Annex 2"), purpose.text());
    }

    private static String step(RouteCheckResult r, String key) {
        return r.whatToDoNow().stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + key + " in " + r.whatToDoNow())).text();
    }

    private static RouteCheckResult.Rule rule(RouteCheckResult r, int number) {
        return r.goldenRules().stream().filter(g -> g.number() == number).findFirst()
                .orElseThrow(() -> new AssertionError("no golden rule " + number));
    }

    private static String everything(RouteCheckResult r) {
        StringBuilder all = new StringBuilder(r.headline());
        r.reasons().forEach(x -> all.append(' ').append(x.text()));
        r.whatToDoNow().forEach(x -> all.append(' ').append(x.text()));
        r.goldenRules().forEach(x -> all.append(' ').append(x.text()));
        r.questionsToDecide().forEach(x -> all.append(' ').append(x.text()));
        return all.toString();
    }

    @Test
    void aRecipientNotListedIsNeverLookedUp() {
        RouteCheckResult r = checks.check(new RouteCheckCommand(null, null, true, List.of("CHILD"),
                List.of("EDUCATION_DATA"), "CHILD_IN_NEED", true));
        assertEquals(Outcome.NOT_COVERED, r.outcome());
        assertTrue(lookups.isEmpty());
        assertNull(r.question().to());
        assertEquals("EMERGENCY_SHARE_NOW", r.whatToDoNow().get(0).key());
    }

    @Test
    void aCheckFromAnotherOrganisationIsRefused() {
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> checks.check(new RouteCheckCommand(
                COUNCIL, SCHOOL, false, List.of("CHILD"), List.of("EDUCATION_DATA"), "CHILD_IN_NEED", false)));
        assertEquals("You can check routes only from your own organisation.", e.getMessage());
        assertEquals(1, refusals.size(), "the refusal is recorded");
        assertTrue(lookups.isEmpty());
    }

    @Test
    void namingOnesOwnOrganisationAsTheSenderIsFine() {
        checks.check(new RouteCheckCommand(SCHOOL, COUNCIL, false, List.of("CHILD"), List.of("EDUCATION_DATA"),
                "CHILD_IN_NEED", false));
        assertEquals(1, lookups.size());
    }

    @Test
    void unknownCodesAreRefusedFieldByFieldAllAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> checks.check(new RouteCheckCommand(
                null, COUNCIL, false, List.of("CHILD", "PET"), List.of("SHOE_SIZE"), "CURIOSITY", false)));
        assertEquals(List.of("dataSubjects", "dataCategories", "purpose"), fields(e));
        assertTrue(e.errors().get(0).message().startsWith("PET is not a data subject in the legal catalogue. Use one of:"),
                e.errors().get(0).message());
        assertTrue(lookups.isEmpty(), "nothing is looked up for bad input");
    }

    @Test
    void missingChoicesAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> checks.check(
                new RouteCheckCommand(null, null, false, null, List.of(" "), null, false)));
        assertEquals(List.of("toOrganisationId", "dataSubjects", "dataCategories", "purpose"), fields(e));
    }

    @Test
    void theRecipientMustBeAnotherActiveOrganisationOrNotListedNotBoth() {
        assertEquals("Sharing within your own organisation needs no agreement: choose another organisation.",
                assertThrows(InvalidInputException.class, () -> checks.check(new RouteCheckCommand(null, SCHOOL, false,
                        List.of("CHILD"), List.of("EDUCATION_DATA"), "CHILD_IN_NEED", false))).getMessage());
        assertEquals(List.of("toOrganisationId"), fields(assertThrows(InvalidInputException.class, () -> checks.check(
                new RouteCheckCommand(null, 99L, false, List.of("CHILD"), List.of("EDUCATION_DATA"), "CHILD_IN_NEED", false)))));
        assertEquals(List.of("toOrganisationId"), fields(assertThrows(InvalidInputException.class, () -> checks.check(
                new RouteCheckCommand(null, COUNCIL, true, List.of("CHILD"), List.of("EDUCATION_DATA"), "CHILD_IN_NEED", false)))));
    }
}
