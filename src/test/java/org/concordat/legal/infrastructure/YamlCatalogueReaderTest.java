package org.concordat.legal.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.legal.domain.CatalogueException;
import org.concordat.legal.domain.Topic;
import org.junit.jupiter.api.Test;

class YamlCatalogueReaderTest {

    static final String INDEX = """
            version: "test.1"
            title: Test catalogue
            files: [lawful-bases.yaml, dpa-schedule-1.yaml, special-category-conditions.yaml]
            """;
    static final String BASES = """
            topic: lawful-bases
            title: Lawful bases
            entries:
              - code: A6-1-e
                title: Public task
                summary: For tasks the law gives a public body.
                citation: UK GDPR Article 6(1)(e)
                applies_from: 2018-05-25
                flags: [public-task, needs-statutory-power]
              - code: A6-1-ea
                title: Recognised legitimate interest
                summary: Listed interests that need no balancing test.
                citation: UK GDPR Article 6(1)(ea)
                applies_from: 2026-02-05
                flags: [recognised-legitimate-interest]
            """;
    static final String SCHEDULE_1 = """
            topic: dpa-schedule-1
            title: Schedule 1
            entries:
              - code: S1-P2-18
                title: Safeguarding of children and of individuals at risk
                summary: Protecting a child or adult at risk when consent is not possible.
                citation: DPA 2018 Schedule 1 Part 2 paragraph 18
                applies_from: 2018-05-25
                part: 2
                paragraph: 18
                flags: [safeguarding, children-or-at-risk, substantial-public-interest]
            """;
    static final String ART_9 = """
            topic: special-category-conditions
            title: Article 9
            entries:
              - code: A9-2-g
                title: Substantial public interest
                summary: Needs a Part 2 condition.
                citation: UK GDPR Article 9(2)(g)
                applies_from: 2018-05-25
                flags: [substantial-public-interest]
                needs_schedule_1: [S1-P2-18]
            """;

    final Map<String, String> files = new HashMap<>(Map.of("catalogue.yaml", INDEX, "lawful-bases.yaml", BASES,
            "dpa-schedule-1.yaml", SCHEDULE_1, "special-category-conditions.yaml", ART_9));

    Catalogue read() {
        return new YamlCatalogueReader(name -> files.containsKey(name)
                ? new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)) : null).read();
    }

    String failure() {
        return assertThrows(CatalogueException.class, this::read).getMessage();
    }

    @Test
    void readsEntriesWithTheirDatesFlagsAndReferences() {
        Catalogue catalogue = read();
        assertEquals("test.1", catalogue.version());
        assertEquals(4, catalogue.size());
        CatalogueEntry publicTask = catalogue.find("A6-1-e").orElseThrow();
        assertEquals(Topic.LAWFUL_BASES, publicTask.topic());
        assertEquals(LocalDate.of(2018, 5, 25), publicTask.appliesFrom());
        assertTrue(publicTask.has("needs-statutory-power"));
        assertEquals(java.util.List.of("S1-P2-18"), catalogue.find("A9-2-g").orElseThrow().requiresOneOf());
        assertEquals(18, catalogue.find("S1-P2-18").orElseThrow().paragraph());
    }

    @Test
    void knowsWhenAProvisionApplies() {
        CatalogueEntry recognised = read().find("A6-1-ea").orElseThrow();
        assertTrue(recognised.appliesOn(LocalDate.of(2026, 2, 5)));
        assertTrue(!recognised.appliesOn(LocalDate.of(2026, 2, 4)));
    }

    @Test
    void searchesByCodeOrWords() {
        Catalogue catalogue = read();
        assertEquals("S1-P2-18", catalogue.search("safeguarding children", null).get(0).code());
        assertEquals(1, catalogue.search("a6-1-ea", null).size());
        assertEquals(2, catalogue.search(null, Topic.LAWFUL_BASES).size());
    }

    @Test
    void aMissingFileIsNamed() {
        files.remove("dpa-schedule-1.yaml");
        assertEquals("dpa-schedule-1.yaml: the file is missing", failure());
    }

    @Test
    void brokenYamlIsNamed() {
        files.put("lawful-bases.yaml", "topic: lawful-bases\nentries: [ {code: A6-1-a\n");
        assertTrue(failure().startsWith("lawful-bases.yaml: not valid YAML"));
    }

    @Test
    void aMissingRequiredFieldNamesTheEntry() {
        files.put("lawful-bases.yaml", BASES.replace("    citation: UK GDPR Article 6(1)(ea)\n", "").replace("    title: Recognised legitimate interest\n", ""));
        assertEquals("lawful-bases.yaml, entry A6-1-ea: 'title' is required", failure());
    }

    @Test
    void anUnknownFlagIsRefusedWithTheAllowedOnes() {
        files.put("lawful-bases.yaml", BASES.replace("[recognised-legitimate-interest]", "[no-such-flag]"));
        String message = failure();
        assertTrue(message.startsWith("lawful-bases.yaml, entry A6-1-ea: unknown flag 'no-such-flag'; lawful-bases allows consent,"), message);
    }

    @Test
    void anUnknownFieldIsRefused() {
        files.put("lawful-bases.yaml", BASES.replace("    flags: [recognised-legitimate-interest]", "    flags: []\n    part: 2"));
        assertEquals("lawful-bases.yaml, entry A6-1-ea: unknown field 'part' for topic lawful-bases", failure());
    }

    @Test
    void aBadDateIsRefused() {
        files.put("lawful-bases.yaml", BASES.replace("2026-02-05", "5 February 2026"));
        assertEquals("lawful-bases.yaml, entry A6-1-ea: 'applies_from' is not a date in the form 2018-05-25: 5 February 2026", failure());
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        files.put("lawful-bases.yaml", BASES.replace("    applies_from: 2026-02-05", "    applies_from: 2026-02-05\n    applies_until: 2025-01-01"));
        assertEquals("lawful-bases.yaml, entry A6-1-ea: applies_until (2025-01-01) is before applies_from (2026-02-05)", failure());
    }

    @Test
    void aDuplicateCodeIsRefused() {
        files.put("lawful-bases.yaml", BASES.replace("code: A6-1-ea", "code: A6-1-e"));
        assertTrue(failure().startsWith("lawful-bases.yaml, entry A6-1-e: the code is used twice"));
    }

    @Test
    void aReferenceToAnUnknownConditionIsRefused() {
        files.put("special-category-conditions.yaml", ART_9.replace("[S1-P2-18]", "[S1-P2-99]"));
        assertEquals("special-category-conditions.yaml, entry A9-2-g: it refers to S1-P2-99, which is not a code of dpa-schedule-1", failure());
    }

    @Test
    void aScheduleOneConditionNeedsItsPartAndParagraph() {
        files.put("dpa-schedule-1.yaml", SCHEDULE_1.replace("    part: 2\n", ""));
        assertEquals("dpa-schedule-1.yaml, entry S1-P2-18: a Schedule 1 condition needs its part (1, 2 or 3) and paragraph", failure());
    }

    @Test
    void aTopicInTheWrongFileIsRefused() {
        files.put("lawful-bases.yaml", BASES.replace("topic: lawful-bases", "topic: purposes"));
        assertEquals("lawful-bases.yaml: the topic purposes belongs in purposes.yaml", failure());
    }

    // ---------------------------------------------------------------- replaced_by (catalogue 2026.2)

    static final String ART_9_REPLACED = """
            topic: special-category-conditions
            title: Article 9
            entries:
              - code: A9-2-g
                title: Substantial public interest
                summary: Needs a Part 2 condition.
                citation: UK GDPR Article 9(2)(g)
                applies_from: 2018-05-25
                flags: [substantial-public-interest]
                needs_schedule_1: [S1-P2-18]
              - code: A9-2-j
                title: Research
                summary: The old text.
                citation: UK GDPR Article 9(2)(j)
                applies_from: 2018-05-25
                applies_until: 2026-02-04
                replaced_by: A9-2-j.2026
              - code: A9-2-j.2026
                title: Research
                summary: The new text.
                citation: UK GDPR Article 9(2)(j)
                applies_from: 2026-02-05
            """;

    @Test
    void aClosedEntryNamesItsSuccessor() {
        files.put("special-category-conditions.yaml", ART_9_REPLACED);
        Catalogue catalogue = read();
        CatalogueEntry old = catalogue.find("A9-2-j").orElseThrow();
        assertEquals("A9-2-j.2026", old.replacedBy());
        assertTrue(old.isReplaced());
        assertEquals(null, catalogue.find("A9-2-j.2026").orElseThrow().replacedBy());
        assertEquals("A9-2-j.2026", catalogue.replacementOn(old, LocalDate.of(2026, 4, 1)).orElseThrow().code());
        assertTrue(catalogue.replacementOn(old, LocalDate.of(2020, 1, 1)).isEmpty(), "no successor is law then");
    }

    @Test
    void aSuccessorThatDoesNotExistIsRefused() {
        files.put("special-category-conditions.yaml", ART_9_REPLACED.replace("replaced_by: A9-2-j.2026", "replaced_by: A9-2-j.2099"));
        assertEquals("special-category-conditions.yaml, entry A9-2-j: it is replaced_by A9-2-j.2099, which is not a code of"
                + " the catalogue", failure());
    }

    @Test
    void aSuccessorOfAnotherTopicIsRefused() {
        files.put("special-category-conditions.yaml", ART_9_REPLACED.replace("replaced_by: A9-2-j.2026", "replaced_by: A6-1-ea"));
        assertEquals("special-category-conditions.yaml, entry A9-2-j: it is replaced_by A6-1-ea, which is a code of"
                + " lawful-bases, not of special-category-conditions", failure());
    }

    @Test
    void aSuccessorThatLeavesAGapIsRefused() {
        files.put("special-category-conditions.yaml", ART_9_REPLACED.replace("applies_from: 2026-02-05", "applies_from: 2026-03-01"));
        assertEquals("special-category-conditions.yaml, entry A9-2-j: it is replaced_by A9-2-j.2026, which applies only"
                + " from 2026-03-01: a successor must apply from 2026-02-05 (the day after applies_until) or earlier, so"
                + " that the law has no gap", failure());
    }

    @Test
    void aSuccessorMayApplyBeforeTheOldEntryEnds() {
        files.put("special-category-conditions.yaml", ART_9_REPLACED.replace("applies_from: 2026-02-05", "applies_from: 2026-01-01"));
        assertEquals("A9-2-j.2026", read().find("A9-2-j").orElseThrow().replacedBy());
    }

    @Test
    void onlyAClosedEntryCanHaveASuccessor() {
        files.put("special-category-conditions.yaml", ART_9_REPLACED.replace("    applies_until: 2026-02-04\n", ""));
        assertEquals("special-category-conditions.yaml, entry A9-2-j: replaced_by needs applies_until: only an entry"
                + " that stopped applying can have a successor", failure());
    }

    @Test
    void anEntryCannotReplaceItself() {
        files.put("special-category-conditions.yaml", ART_9_REPLACED.replace("replaced_by: A9-2-j.2026", "replaced_by: A9-2-j"));
        assertEquals("special-category-conditions.yaml, entry A9-2-j: an entry cannot be replaced by itself", failure());
    }

    @Test
    void aSuccessorIsFollowedAlongTheChainToTheOneInForce() {
        files.put("special-category-conditions.yaml", ART_9_REPLACED.replace("""
                  - code: A9-2-j.2026
                    title: Research
                    summary: The new text.
                    citation: UK GDPR Article 9(2)(j)
                    applies_from: 2026-02-05
                """, """
                  - code: A9-2-j.2026
                    title: Research
                    summary: The new text.
                    citation: UK GDPR Article 9(2)(j)
                    applies_from: 2026-02-05
                    applies_until: 2027-12-31
                    replaced_by: A9-2-j.2028
                  - code: A9-2-j.2028
                    title: Research
                    summary: The newer text.
                    citation: UK GDPR Article 9(2)(j)
                    applies_from: 2028-01-01
                """));
        Catalogue catalogue = read();
        CatalogueEntry old = catalogue.find("A9-2-j").orElseThrow();
        assertEquals("A9-2-j.2026", catalogue.replacementOn(old, LocalDate.of(2026, 6, 1)).orElseThrow().code());
        assertEquals("A9-2-j.2028", catalogue.replacementOn(old, LocalDate.of(2029, 6, 1)).orElseThrow().code());
    }

    // ---------------------------------------------------------------- the topics added in catalogue 2026.2

    /** One entry of the topic, with the given flags and extra lines. */
    static String topicFile(String topic, String code, String flags, String extra) {
        return "topic: " + topic + "\ntitle: T\nentries:\n  - code: " + code + "\n    title: A title\n"
                + "    summary: A summary.\n    citation: A citation\n    applies_from: 2026-02-05\n"
                + "    flags: [" + flags + "]\n" + extra;
    }

    void withTopic(String topic, String content) {
        files.put("catalogue.yaml", INDEX.replace("special-category-conditions.yaml]",
                "special-category-conditions.yaml, " + topic + ".yaml]"));
        files.put(topic + ".yaml", content);
    }

    @Test
    void eachNewTopicIsReadWithItsFlags() {
        Map<Topic, String> flags = Map.of(
                Topic.RECOGNISED_LEGITIMATE_INTERESTS, "public-body-request, national-security, emergency, crime, safeguarding",
                Topic.COMPATIBLE_PURPOSES, "safeguarding, vital-interests, needs-compatibility-assessment, authorised-by-law",
                Topic.EXEMPTIONS, "crime, required-by-law, legal-proceedings, serious-harm-test, best-interests",
                Topic.CONTROLLER_DUTIES, "record-keeping, dpia, prior-consultation, complaints",
                Topic.GUIDANCE, "statutory, good-practice, consent, children, adults");
        for (Map.Entry<Topic, String> topic : flags.entrySet()) {
            withTopic(topic.getKey().id(), topicFile(topic.getKey().id(), "X-1", topic.getValue(), ""));
            CatalogueEntry entry = read().find("X-1").orElseThrow();
            assertEquals(topic.getKey(), entry.topic());
            assertEquals(topic.getValue().split(", ").length, entry.flags().size(), topic.getKey().id());
        }
    }

    @Test
    void eachNewTopicRefusesFlagsAndFieldsItDoesNotKnow() {
        for (Topic topic : List.of(Topic.RECOGNISED_LEGITIMATE_INTERESTS, Topic.COMPATIBLE_PURPOSES, Topic.EXEMPTIONS,
                Topic.CONTROLLER_DUTIES, Topic.GUIDANCE)) {
            withTopic(topic.id(), topicFile(topic.id(), "X-1", "duty", ""));
            String message = failure();
            assertTrue(message.startsWith(topic.id() + ".yaml, entry X-1: unknown flag 'duty'; " + topic.id() + " allows "),
                    message);
            withTopic(topic.id(), topicFile(topic.id(), "X-1", "", "    sectors: [POLICE]\n"));
            assertEquals(topic.id() + ".yaml, entry X-1: unknown field 'sectors' for topic " + topic.id(), failure());
        }
    }

    @Test
    void aLawEnforcementEntryMayBeAProvisionButNotAnUnknownKind() {
        withTopic("law-enforcement", topicFile("law-enforcement", "LE-S31", "", "    kind: provision\n"));
        assertEquals("provision", read().find("LE-S31").orElseThrow().kind());
        withTopic("law-enforcement", topicFile("law-enforcement", "LE-S31", "", "    kind: guidance\n"));
        assertEquals("law-enforcement.yaml, entry LE-S31: kind must be lawful-basis, sensitive-processing, schedule-8 or"
                + " provision", failure());
    }

    static final String WELSH = """
            language: cy
            catalogue_version: "test.1"
            entries:
              - code: A6-1-e
                title: Tasg gyhoeddus
                summary: Ar gyfer tasgau y mae’r gyfraith yn eu rhoi i gorff cyhoeddus.
                review: machine-assisted
            """;

    @Test
    void aTranslationGivesTheEntriesWordsInThatLanguageAndEnglishStaysTheCataloguesOwn() {
        files.put("catalogue.yaml", INDEX + "translations: [welsh.yaml]\n");
        files.put("welsh.yaml", WELSH);
        CatalogueEntry task = read().find("A6-1-e").orElseThrow();
        assertEquals("Public task", task.title(), "documents and data keep the English");
        assertEquals("Tasg gyhoeddus", task.title(org.concordat.shared.domain.Language.WELSH));
        assertEquals("Public task", task.title(org.concordat.shared.domain.Language.ENGLISH));
        assertEquals("Tasg gyhoeddus", org.concordat.shared.domain.ReaderLanguage.as(org.concordat.shared.domain.Language.WELSH,
                task::readerTitle), "a Welsh reader reads Welsh");
        assertEquals("Public task", task.readerTitle(), "anyone else English");
        CatalogueEntry untranslated = read().find("A6-1-ea").orElseThrow();
        assertEquals("Recognised legitimate interest", untranslated.title(org.concordat.shared.domain.Language.WELSH),
                "an entry left out is shown in English");
    }

    @Test
    void aTranslationOfAnotherVersionOrOfACodeTheCatalogueHasNotIsRefused() {
        files.put("catalogue.yaml", INDEX + "translations: [welsh.yaml]\n");
        files.put("welsh.yaml", WELSH.replace("test.1", "test.0"));
        assertTrue(failure().contains("translates catalogue test.0, not test.1"), failure());
        files.put("welsh.yaml", WELSH.replace("code: A6-1-e", "code: A6-1-z"));
        assertTrue(failure().contains("no entry of the catalogue has this code"), failure());
        files.put("welsh.yaml", WELSH.replace("language: cy", "language: fr"));
        assertTrue(failure().contains("unknown language 'fr'"), failure());
    }
}
