package org.concordat.legal.domain.compliance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LawfulBasisAdvisorTest {

    final LawfulBasisAdvisor advisor = new LawfulBasisAdvisor(RealCatalogue.CATALOGUE);
    static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    static boolean suggests(List<Suggestion> suggestions, String field, String code) {
        return suggestions.stream().anyMatch(s -> s.field().equals(field) && s.code().equals(code) && !s.reason().isBlank());
    }

    @Test
    void aPublicAuthoritySharingAChildsHealthDataToProtectThem() {
        List<Suggestion> s = advisor.suggest(Scenario.council, "CHILD_PROTECTION_ENQUIRY", Set.of("HEALTH_DATA"), DAY);
        assertTrue(suggests(s, "lawfulBases", "A6-1-e"), s.toString());
        assertTrue(suggests(s, "lawfulBases", "A6-1-c"));
        assertTrue(suggests(s, "article9Condition", "A9-2-g"));
        assertTrue(suggests(s, "schedule1Condition", "S1-P2-18"));
        assertTrue(suggests(s, "confidentialityBasis", "CL-PUBLIC-INTEREST"));
        assertTrue(suggests(s, "statutoryGateways", "CA1989-S47"), "the council's own child protection duty");
        assertFalse(suggests(s, "lawfulBases", "A6-1-f"), "never legitimate interests for a public authority");
    }

    @Test
    void aDraftWithNoDateYetIsStillAdvised() {
        List<Suggestion> s = advisor.suggest(Scenario.council, "CHILD_PROTECTION_ENQUIRY", Set.of("HEALTH_DATA"), null);
        assertTrue(suggests(s, "lawfulBases", "A6-1-e"), s.toString());
        assertTrue(suggests(s, "statutoryGateways", "CA1989-S47"), "the gateways too: " + s);
    }

    @Test
    void aCharityIsOfferedLegitimateInterests() {
        List<Suggestion> s = advisor.suggest(Scenario.charity, "EARLY_HELP", Set.of("SOCIAL_CARE"), DAY);
        assertTrue(suggests(s, "lawfulBases", "A6-1-f"), s.toString());
        assertFalse(suggests(s, "lawfulBases", "A6-1-e"));
        assertFalse(suggests(s, "article9Condition", "A9-2-g"), "no special category data, no Article 9 condition");
    }

    @Test
    void theRecognisedLegitimateInterestIsOfferedOnlyOnceInForce() {
        LocalDate commenced = RealCatalogue.CATALOGUE.find("A6-1-ea").orElseThrow().appliesFrom();
        assertTrue(suggests(advisor.suggest(Scenario.charity, "CHILD_PROTECTION_ENQUIRY", Set.of("HEALTH_DATA"), commenced),
                "lawfulBases", "A6-1-ea"));
        assertFalse(suggests(advisor.suggest(Scenario.charity, "CHILD_PROTECTION_ENQUIRY", Set.of("HEALTH_DATA"), commenced.minusDays(1)),
                "lawfulBases", "A6-1-ea"));
    }

    @Test
    void thePoliceSharingForLawEnforcementAreOfferedPart3() {
        List<Suggestion> s = advisor.suggest(Scenario.police, "CRIME_PREVENTION_DETECTION", Set.of("HEALTH_DATA"), DAY);
        assertTrue(suggests(s, "regime", "LE-S35-2-B"), s.toString());
        assertTrue(suggests(s, "sensitiveProcessing", "LE-S35-5"));
        assertFalse(suggests(s, "article9Condition", "A9-2-g"));
    }

    @Test
    void criminalOffenceDataGetsAnArticle10Authority() {
        assertTrue(suggests(advisor.suggest(Scenario.council, "MASH_TRIAGE", Set.of("CRIMINAL_OFFENCE"), DAY),
                "article10Authority", "A10-OFFICIAL-AUTHORITY"));
        assertTrue(suggests(advisor.suggest(Scenario.charity, "MASH_TRIAGE", Set.of("CRIMINAL_OFFENCE"), DAY),
                "article10Authority", "A10-DPA-S10-5"));
    }
}
