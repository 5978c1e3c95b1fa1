package org.concordat.legal.domain.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        Set<Topic> legal = Set.of(Topic.LAWFUL_BASES, Topic.SPECIAL_CATEGORY_CONDITIONS, Topic.CRIMINAL_OFFENCE_DATA,
                Topic.DPA_SCHEDULE_1, Topic.LAW_ENFORCEMENT, Topic.CONFIDENTIALITY, Topic.STATUTORY_GATEWAYS);
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
}
