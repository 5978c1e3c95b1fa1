package org.concordat.legal.domain.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.legal.domain.Topic;
import org.concordat.organisation.domain.Sector;
import org.junit.jupiter.api.Test;

/** The catalogue the project ships: complete, consistent, and readable by the people it is for. */
class ShippedCatalogueTest {

    final Catalogue catalogue = RealCatalogue.CATALOGUE;

    @Test
    void everyEntryCanBeReadInWelsh() {
        // Issue 23: a Welsh reader reads the law's titles and summaries in Welsh (templates/legal/welsh.yaml).
        for (Topic topic : Topic.values()) {
            for (CatalogueEntry entry : catalogue.entries(topic)) {
                CatalogueEntry.Words welsh = entry.translations().get(org.concordat.shared.domain.Language.WELSH);
                assertTrue(welsh != null && !welsh.title().isBlank() && !welsh.summary().isBlank(), entry.code());
            }
        }
        assertEquals("Tasg gyhoeddus", catalogue.find("A6-1-e").orElseThrow().title(org.concordat.shared.domain.Language.WELSH));
    }

    @Test
    void everyTopicHasEntries() {
        for (Topic topic : Topic.values()) {
            assertFalse(catalogue.entries(topic).isEmpty(), topic.id());
        }
    }

    @Test
    void theCodesOfTheLegalReferenceAreAllThere() {
        for (String code : List.of("A6-1-a", "A6-1-b", "A6-1-c", "A6-1-d", "A6-1-e", "A6-1-f", "A6-1-ea",
                "A9-2-a", "A9-2-b", "A9-2-c", "A9-2-d", "A9-2-e", "A9-2-f", "A9-2-g", "A9-2-h", "A9-2-i", "A9-2-j",
                "S1-P1-1", "S1-P1-4", "S1-P2-6", "S1-P2-18", "S1-P2-28", "S1-P3-29", "S1-P3-37",
                "LE-S35-5", "LE-S8-1", "LE-S8-4", "LE-S8-9")) {
            assertTrue(catalogue.find(code).isPresent(), code);
        }
        // Paragraph 4 has two entries (before and after 5 February 2026), so count paragraphs, not entries.
        assertEquals(4 + 23 + 9, catalogue.entries(Topic.DPA_SCHEDULE_1).stream().map(CatalogueEntry::paragraph)
                .distinct().count(), "Schedule 1 paragraphs 1-4, 6-28, 29-37");
    }

    @Test
    void substantialPublicInterestOffersEveryPart2Condition() {
        List<String> part2 = catalogue.entries(Topic.DPA_SCHEDULE_1).stream().filter(e -> e.part() == 2)
                .map(CatalogueEntry::code).toList();
        assertEquals(Set.copyOf(part2), Set.copyOf(catalogue.find("A9-2-g").orElseThrow().requiresOneOf()));
    }

    @Test
    void paragraph18IsTheSafeguardingConditionForChildrenAndAdultsAtRisk() {
        CatalogueEntry p18 = catalogue.find("S1-P2-18").orElseThrow();
        assertTrue(p18.has("safeguarding") && p18.has("children-or-at-risk"));
        assertEquals("DPA 2018 Schedule 1 Part 2 paragraph 18", p18.citation());
    }

    @Test
    void theSectorsMatchTheOrganisationModel() {
        Set<String> inCatalogue = catalogue.entries(Topic.SECTORS).stream().map(CatalogueEntry::code).collect(Collectors.toSet());
        Set<String> inModel = Arrays.stream(Sector.values()).map(Enum::name).collect(Collectors.toSet());
        assertEquals(inModel, inCatalogue);
    }

    @Test
    void everyLegalEntryHasACitationAndEverySummaryIsShortAndPlain() {
        Set<Topic> legal = Set.of(Topic.LAWFUL_BASES, Topic.RECOGNISED_LEGITIMATE_INTERESTS, Topic.COMPATIBLE_PURPOSES,
                Topic.SPECIAL_CATEGORY_CONDITIONS, Topic.CRIMINAL_OFFENCE_DATA, Topic.DPA_SCHEDULE_1,
                Topic.LAW_ENFORCEMENT, Topic.EXEMPTIONS, Topic.CONTROLLER_DUTIES, Topic.CONFIDENTIALITY,
                Topic.STATUTORY_GATEWAYS, Topic.GUIDANCE);
        for (Topic topic : Topic.values()) {
            for (CatalogueEntry e : catalogue.entries(topic)) {
                if (legal.contains(topic)) {
                    assertFalse(e.citation().isBlank(), e.code() + " has no citation");
                }
                assertTrue(e.summary().length() <= 700, e.code() + " summary is too long for a practitioner");
                assertTrue(e.summary().endsWith("."), e.code() + " summary should be whole sentences");
            }
        }
    }

    @Test
    void specialCategoriesAreTheNineOfArticle9() {
        assertEquals(9, catalogue.entries(Topic.DATA_CATEGORIES).stream().filter(e -> e.has("special-category")).count());
        assertTrue(catalogue.find("CRIMINAL_OFFENCE").orElseThrow().has("criminal-offence"));
    }

    // ---------------------------------------------------------------- catalogue 2026.2 (issue 19)

    CatalogueEntry entry(String code) {
        return catalogue.find(code).orElseThrow(() -> new AssertionError(code + " is missing"));
    }

    @Test
    void theVersionIsRaisedForTheCorrections() {
        assertEquals("2026.2", catalogue.version());
    }

    @Test
    void everyReplacedEntryHandsOverToASuccessorOfTheSameTopicWithoutAGap() {
        List<CatalogueEntry> replaced = Arrays.stream(Topic.values()).flatMap(t -> catalogue.entries(t).stream())
                .filter(CatalogueEntry::isReplaced).toList();
        assertTrue(replaced.size() >= 4, "A9-2-j, S1-P1-4, EA2002-S157 and CP-A6-4 at least");
        for (CatalogueEntry old : replaced) {
            CatalogueEntry next = entry(old.replacedBy());
            assertEquals(old.topic(), next.topic(), old.code());
            assertTrue(next.appliesOn(old.appliesUntil().plusDays(1)), old.code() + " -> " + next.code());
            assertFalse(old.appliesOn(old.appliesUntil().plusDays(1)), old.code());
        }
    }

    @Test
    void article9_2jClosedOnThe4thOfFebruary2026WithASuccessorNeedingTheNewParagraph4() {
        CatalogueEntry old = entry("A9-2-j");
        assertEquals(LocalDate.of(2026, 2, 4), old.appliesUntil());
        assertEquals("A9-2-j.2026", old.replacedBy());
        assertEquals(List.of("S1-P1-4"), old.requiresOneOf());
        CatalogueEntry next = entry("A9-2-j.2026");
        assertEquals(LocalDate.of(2026, 2, 5), next.appliesFrom());
        assertEquals("UK GDPR Article 9(2)(j)", next.citation());
        assertEquals(List.of("S1-P1-4.2026"), next.requiresOneOf());
        assertTrue(next.summary().contains("Article 84B"));

        CatalogueEntry paragraph4 = entry("S1-P1-4");
        assertEquals(LocalDate.of(2026, 2, 4), paragraph4.appliesUntil());
        assertEquals("S1-P1-4.2026", paragraph4.replacedBy());
        CatalogueEntry newParagraph4 = entry("S1-P1-4.2026");
        assertEquals(LocalDate.of(2026, 2, 5), newParagraph4.appliesFrom());
        assertEquals("DPA 2018 Schedule 1 Part 1 paragraph 4", newParagraph4.citation());
        assertEquals(4, newParagraph4.paragraph());
    }

    @Test
    void criminalOffenceDataIsNotOfferedAConditionThatOnlySpecialCategoryDataCanMeet() {
        List<String> offered = entry("A10-DPA-S10-5").requiresOneOf();
        for (int paragraph : new int[] {8, 9, 16, 19, 20, 21, 22}) {
            assertFalse(offered.contains("S1-P2-" + paragraph), "paragraph " + paragraph + " is special category only");
        }
        assertTrue(offered.containsAll(List.of("S1-P2-18", "S1-P3-36", "S1-P3-37", "S1-P1-4", "S1-P1-4.2026")));
        // 4 (Part 1) + 16 (Part 2) + 9 (Part 3) paragraphs: the ICO's 28 conditions, which count paragraph 36 as
        // the way into the 16 Part 2 conditions rather than as a condition of its own.
        assertEquals(4 + 16 + 9, offered.stream().map(c -> entry(c).paragraph()).distinct().count());
    }

    @Test
    void officialAuthorityIsNotLimitedToThePoliceAndCourtsAndPoliceLawEnforcementIsPart3() {
        String summary = entry("A10-OFFICIAL-AUTHORITY").summary();
        assertTrue(summary.contains("public body") && summary.contains("Part 3"), summary);
    }

    @Test
    void childrenAct1989Section17IsADuty() {
        CatalogueEntry s17 = entry("CA1989-S17");
        assertTrue(s17.has("duty"));
        assertFalse(s17.has("power"));
    }

    @Test
    void sarahsLawRestsOnSection327AAndNotOnTheCommonLaw() {
        CatalogueEntry s327a = entry("CJA2003-S327A");
        assertEquals("Criminal Justice Act 2003 section 327A", s327a.citation());
        assertEquals(LocalDate.of(2008, 7, 14), s327a.appliesFrom());
        assertTrue(s327a.has("duty") && s327a.sectors().contains("POLICE"));
        String common = entry("POLICE-COMMON-LAW").summary();
        assertTrue(common.contains("327A"), common);
        assertFalse(common.contains("Clare's Law and Sarah's Law rely"), common);
    }

    @Test
    void schoolSafeguardingDutiesAreDatedFromCommencementAndIndependentSchoolsMovedToThe2014Standards() {
        assertEquals(LocalDate.of(2004, 6, 1), entry("EA2002-S175").appliesFrom());
        CatalogueEntry s157 = entry("EA2002-S157");
        assertEquals(LocalDate.of(2003, 9, 1), s157.appliesFrom());
        assertEquals(LocalDate.of(2015, 1, 4), s157.appliesUntil());
        assertEquals("ISSR2014-P3-7", s157.replacedBy());
        CatalogueEntry standards = entry("ISSR2014-P3-7");
        assertEquals(LocalDate.of(2015, 1, 5), standards.appliesFrom());
        assertTrue(standards.citation().contains("SI 2014/3283") && standards.citation().contains("paragraph 7"));
        assertTrue(standards.has("duty") && standards.has("safeguarding"));
    }

    @Test
    void informationRequestsAndPoliceGuidanceSayWhatTheActsSay() {
        assertTrue(entry("CA2004-S16H").summary().contains("16E and 16F"));
        assertTrue(entry("DAA2021-S77").summary().contains("have regard"));
    }

    @Test
    void consentIsNotAgreementToAServiceAndIsRarelyForPublicBodies() {
        for (String code : List.of("A6-1-a", "A9-2-a")) {
            String summary = entry(code).summary();
            assertTrue(summary.contains("public body") && summary.contains("service"), code + ": " + summary);
        }
        String earlyHelp = entry("EARLY_HELP").summary();
        assertTrue(earlyHelp.contains("not") && earlyHelp.contains("consent"), earlyHelp);
    }

    @Test
    void theRecognisedLegitimateInterestsAreTheFiveOfAnnex1() {
        List<CatalogueEntry> rli = catalogue.entries(Topic.RECOGNISED_LEGITIMATE_INTERESTS);
        assertEquals(List.of("RLI-1", "RLI-2", "RLI-3", "RLI-4", "RLI-5"), rli.stream().map(CatalogueEntry::code).toList());
        assertEquals(List.of("public-body-request", "national-security", "emergency", "crime", "safeguarding"),
                rli.stream().map(e -> e.flags().iterator().next()).toList());
        assertEquals("UK GDPR Annex 1 paragraph 5", entry("RLI-4").citation());
        assertTrue(entry("RLI-5").citation().startsWith("UK GDPR Annex 1 paragraphs 6"));
        for (CatalogueEntry e : rli) {
            assertEquals(LocalDate.of(2026, 2, 5), e.appliesFrom(), e.code());
            assertFalse(e.summary().toLowerCase(java.util.Locale.ROOT).contains("democratic"), e.code());
        }
    }

    @Test
    void compatiblePurposesCoverSafeguardingCrimeAndEmergenciesFromFebruary2026() {
        assertTrue(entry("CP-A2-8").has("safeguarding"));
        assertTrue(entry("CP-A2-6").has("crime"));
        assertTrue(entry("CP-A2-4").has("emergency"));
        assertEquals("UK GDPR Article 8A(3)(e)", entry("CP-A8A-3-E").citation());
        assertEquals("CP-A8A-2", entry("CP-A6-4").replacedBy());
    }

    @Test
    void theNewGatewaysSayWhetherTheyAreDutiesOrPowers() {
        for (String code : List.of("CA2014-S6", "CA2014-S7", "CA2014-S42", "CA2014-S45", "CJA2003-S327A",
                "EA1996-S436A", "CFA2014-S28", "CFA2014-S31")) {
            assertTrue(entry(code).has("duty"), code);
        }
        for (String code : List.of("LGA1972-S111", "LA2011-S1", "NHSA2006-S251")) {
            assertTrue(entry(code).has("power"), code);
        }
        for (CatalogueEntry gateway : catalogue.entries(Topic.STATUTORY_GATEWAYS)) {
            // DAA2021-S77 only obliges the police to have regard to guidance: neither a duty nor a power to share.
            assertTrue(gateway.has("duty") || gateway.has("power") || gateway.code().equals("DAA2021-S77"),
                    gateway.code() + " is neither a duty nor a power");
        }
    }

    @Test
    void part3ProvisionsAreOfKindProvision() {
        for (String code : List.of("LE-S31", "LE-S36-3", "LE-S36-4", "LE-S64", "LE-S65")) {
            assertEquals("provision", entry(code).kind(), code);
        }
        assertEquals("DPA 2018 section 36(4)", entry("LE-S36-4").citation());
    }

    @Test
    void controllerDutiesIncludeComplaintsFromJune2026() {
        CatalogueEntry complaints = entry("CD-S164A");
        assertEquals(LocalDate.of(2026, 6, 19), complaints.appliesFrom());
        assertEquals("DPA 2018 section 164A", complaints.citation());
        assertEquals("UK GDPR Article 36(1) and (2)", entry("CD-A36").citation());
        assertEquals("DPA 2018 Schedule 1 paragraph 41", entry("CD-S1-P4-41").citation());
    }

    @Test
    void guidanceQuotesCaldicottPrinciple7ExactlyAndDataSharingAgreementsAreNotAGateway() {
        assertTrue(entry("G-CALDICOTT-7").summary().contains("\"The duty to share information for individual care is"
                + " as important as the duty to protect patient confidentiality\""));
        assertEquals(8, catalogue.entries(Topic.GUIDANCE).stream().filter(e -> e.code().startsWith("G-CALDICOTT-")).count());
        assertTrue(entry("G-DFE-IS2024-DSA").summary().contains("not a legal gateway"));
        for (CatalogueEntry e : catalogue.entries(Topic.GUIDANCE)) {
            assertTrue(e.citation().matches(".*(paragraph|principle|section|Annex|chapter|AC 112).*"),
                    e.code() + " cites the document and the place in it: " + e.citation());
        }
    }

    @Test
    void exemptionsIncludeCrimeDisclosureRequiredByLawAndTheSeriousHarmTest() {
        assertTrue(entry("EX-S2-2").has("crime"));
        assertTrue(entry("EX-S2-5").has("required-by-law"));
        assertEquals(3, catalogue.entries(Topic.EXEMPTIONS).stream().filter(e -> e.has("serious-harm-test")).count());
    }
}
