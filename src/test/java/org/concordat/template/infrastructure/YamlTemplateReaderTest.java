package org.concordat.template.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concordat.shared.domain.Language;
import org.concordat.template.domain.BuiltInTemplate;
import org.concordat.template.domain.ScreeningQuestion;
import org.concordat.template.domain.SectionSpec;
import org.concordat.template.domain.TemplateContent;
import org.concordat.template.domain.TemplateKind;
import org.concordat.template.domain.TemplateTranslation;
import org.junit.jupiter.api.Test;

class YamlTemplateReaderTest {

    static final String DSA = """
            code: TEST-DSA
            version: 2
            kind: DSA
            title: Test agreement
            description: For tests.
            sections:
              - key: parties
                title: Parties
                guidance: Say who shares.
                generated: parties
                fields: []
              - key: retention
                title: Retention
                guidance: Say how long.
                fields:
                  - key: period
                    label: Retention period
                    hint: For example six years.
                    required: true
            """;

    final Map<String, String> files = new HashMap<>(Map.of("index.yaml", "templates: [dsa/test.yaml]\n", "dsa/test.yaml", DSA));

    List<BuiltInTemplate> read() {
        return new YamlTemplateReader(name -> files.containsKey(name)
                ? new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)) : null).read();
    }

    @Test
    void readsSectionsAndFields() {
        BuiltInTemplate t = read().get(0);
        assertEquals("TEST-DSA", t.code());
        assertEquals(2, t.version());
        assertEquals(TemplateKind.DSA, t.kind());
        assertEquals("parties", t.content().sections().get(0).generated());
        assertEquals("Retention period", t.content().sections().get(1).fields().get(0).label());
    }

    @Test
    void unknownKeysAndBadValuesNameTheFileAndPlace() {
        files.put("dsa/test.yaml", DSA.replace("    guidance: Say how long.", "    guidance: Say how long.\n    colour: red"));
        assertEquals("templates/dsa/test.yaml: sections[1]: unknown key 'colour'", failure());
        files.put("dsa/test.yaml", DSA.replace("generated: parties", "generated: everything"));
        assertTrue(failure().startsWith("templates/dsa/test.yaml: sections[0]: 'generated' must be one of"));
        files.put("dsa/test.yaml", DSA.replace("kind: DSA", "kind: MEMO"));
        assertEquals("templates/dsa/test.yaml: 'kind' must be DSA or DPIA", failure());
        files.put("dsa/test.yaml", DSA.replace("    title: Retention\n", ""));
        assertEquals("templates/dsa/test.yaml: sections[1]: 'title' is required", failure());
    }

    @Test
    void aMissingFileIsNamed() {
        files.remove("dsa/test.yaml");
        assertEquals("templates/dsa/test.yaml: the file is missing", failure());
    }

    @Test
    void theShippedTemplatesFollowTheIcoStructure() {
        List<BuiltInTemplate> shipped = new YamlTemplateReader(name -> {
            try {
                Path file = Path.of("templates", name);
                return Files.exists(file) ? Files.newInputStream(file) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).read();
        BuiltInTemplate dsa = shipped.stream().filter(t -> t.kind() == TemplateKind.DSA).findFirst().orElseThrow();
        assertEquals(List.of("parties", "purpose-and-benefits", "data-and-subjects", "lawful-basis", "legal-powers",
                "transfer-and-security", "data-quality", "retention-and-deletion", "individuals-rights-and-transparency",
                "breach-handling", "review-variation-termination", "sanctions", "signatures"),
                dsa.content().sections().stream().map(SectionSpec::key).toList());
        assertTrue(dsa.content().sections().stream().allMatch(s -> s.guidance().length() > 40), "every section guides its author");

        BuiltInTemplate dpia = shipped.stream().filter(t -> t.kind() == TemplateKind.DPIA).findFirst().orElseThrow();
        assertEquals(7, dpia.content().sections().size(), "the seven steps of the ICO template");
        assertTrue(dpia.content().screening().size() >= 12);
        assertTrue(dpia.content().screening().stream().anyMatch(q -> q.indicator().equals("UK GDPR Article 35(3)(b)") && q.highRisk()));
        assertEquals("high", dpia.content().riskMatrix().overall("probable", "severe"));
        assertEquals("low", dpia.content().riskMatrix().overall("remote", "minimal"));
    }

    static final String WELSH = """
            code: TEST-DSA
            version: 2
            language: cy
            review: machine-assisted
            title: Cytundeb prawf
            sections:
              - key: retention
                title: Cadw
                guidance: Dywedwch am ba hyd.
                fields:
                  - key: period
                    label: Cyfnod cadw
            """;

    List<TemplateTranslation> translations() {
        return read().get(0).translations();
    }

    @Test
    void aTranslationBesideATemplateGivesItsWordsAndLeavesItsRules() {
        assertEquals(List.of(), translations(), "no file beside it, no translation");
        files.put("dsa/test.cy.yaml", WELSH);
        TemplateTranslation welsh = translations().get(0);
        assertEquals(Language.WELSH, welsh.language());
        BuiltInTemplate english = read().get(0);
        TemplateContent read = welsh.applyTo(english.content());
        assertEquals("Cytundeb prawf", read.title());
        assertEquals("For tests.", read.description(), "what it leaves out stays English");
        SectionSpec retention = read.sections().get(1);
        assertEquals("Cadw", retention.title());
        assertEquals("Cyfnod cadw", retention.fields().get(0).label());
        assertEquals("For example six years.", retention.fields().get(0).hint());
        assertEquals(english.content().sections().get(1).fields().get(0).required(), retention.fields().get(0).required());
        assertEquals("Parties", read.sections().get(0).title(), "an untranslated section as written");
        assertEquals(english.content().sections().stream().map(SectionSpec::key).toList(),
                read.sections().stream().map(SectionSpec::key).toList(), "the same keys: answers stay where they are");
    }

    @Test
    void aTranslationOfAnotherVersionOrOfSectionsTheTemplateHasNotIsRefused() {
        files.put("dsa/test.cy.yaml", WELSH.replace("version: 2", "version: 1"));
        assertTrue(translationFailure().contains("it must translate TEST-DSA version 2"), translationFailure());
        files.put("dsa/test.cy.yaml", WELSH.replace("- key: retention", "- key: storage"));
        assertTrue(translationFailure().contains("the template has no 'storage' here"), translationFailure());
        files.put("dsa/test.cy.yaml", WELSH.replace("- key: period", "- key: months"));
        assertTrue(translationFailure().contains("the template has no 'months' here"), translationFailure());
    }

    static final String DPIA = """
            code: TEST-DPIA
            version: 1
            kind: DPIA
            title: Test DPIA
            sections:
              - key: need
                title: Need
                guidance: Say why.
                fields:
                  - key: why
                    label: Why
            screening:
              - key: large-scale
                question: Is it large?
                guidance: Many people.
                indicator: UK GDPR Article 35(3)(b)
                high_risk: true
              - key: new-tech
                question: Is it new?
                indicator: ICO list
            risk_matrix:
              likelihoods: [remote, possible, probable]
              severities: [minimal, significant, severe]
              overall:
                remote:   {minimal: low, significant: low, severe: medium}
                possible: {minimal: low, significant: medium, severe: high}
                probable: {minimal: medium, significant: high, severe: high}
            """;

    @Test
    void aTranslationGivesTheScreeningQuestionsTheirWordsAndLeavesWhetherTheyAreHighRisk() {
        files.put("index.yaml", "templates: [dpia/test.yaml]\n");
        files.put("dpia/test.yaml", DPIA);
        files.put("dpia/test.cy.yaml", """
                code: TEST-DPIA
                version: 1
                language: cy
                screening:
                  - key: large-scale
                    question: A yw’n fawr?
                    indicator: Erthygl 35(3)(b) GDPR y DU
                """);
        BuiltInTemplate english = read().get(0);
        List<ScreeningQuestion> read = english.translations().get(0).applyTo(english.content()).screening();
        assertEquals("A yw’n fawr?", read.get(0).question());
        assertEquals("Erthygl 35(3)(b) GDPR y DU", read.get(0).indicator());
        assertEquals("Many people.", read.get(0).guidance(), "what it leaves out stays English");
        assertTrue(read.get(0).highRisk(), "the rule stays the template's");
        assertEquals("Is it new?", read.get(1).question(), "an untranslated question as written");
        files.put("dpia/test.cy.yaml", files.get("dpia/test.cy.yaml").replace("key: large-scale", "key: small-scale"));
        assertTrue(translationFailure().contains("screening[0]: the template has no 'small-scale' here"), translationFailure());
    }

    @Test
    void theShippedTemplatesAreTranslatedIntoWelshWhole() {
        YamlTemplateReader reader = new YamlTemplateReader(name -> {
            try {
                Path file = Path.of("templates", name);
                return Files.exists(file) ? Files.newInputStream(file) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<BuiltInTemplate> shipped = reader.read();
        List<TemplateTranslation> welsh = shipped.stream().flatMap(t -> t.translations().stream()).toList();
        for (BuiltInTemplate template : shipped) {
            TemplateTranslation t = welsh.stream().filter(x -> x.code().equals(template.code()) && x.version() == template.version()
                    && x.language() == Language.WELSH).findFirst().orElseThrow(() -> new AssertionError("no Welsh for " + template.code()));
            assertTrue(t.title() != null && !t.title().isBlank(), template.code());
            for (SectionSpec section : template.content().sections()) {
                TemplateTranslation.SectionWords words = t.sections().get(section.key());
                assertTrue(words != null && !words.title().isBlank() && !words.guidance().isBlank(), template.code() + " " + section.key());
                section.fields().forEach(f -> assertTrue(words.fields().containsKey(f.key())
                        && !words.fields().get(f.key()).label().isBlank(), template.code() + " " + section.key() + "." + f.key()));
            }
            for (ScreeningQuestion question : template.content().screening()) {
                TemplateTranslation.QuestionWords words = t.screening().get(question.key());
                assertTrue(words != null && !words.question().isBlank() && !words.indicator().isBlank()
                        && (question.guidance() == null) == (words.guidance() == null), template.code() + " screening " + question.key());
            }
        }
    }

    private String translationFailure() {
        return assertThrows(TemplateFileException.class, this::translations).getMessage();
    }

    private String failure() {
        return assertThrows(TemplateFileException.class, this::read).getMessage();
    }
}
