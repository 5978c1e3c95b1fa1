package org.concordat.template.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.concordat.shared.domain.FieldError;
import org.junit.jupiter.api.Test;

class TemplateContentTest {

    static final RiskMatrix MATRIX = new RiskMatrix(List.of("remote", "possible", "probable"),
            List.of("minimal", "significant", "severe"), Map.of(
            "remote", Map.of("minimal", "low", "significant", "low", "severe", "medium"),
            "possible", Map.of("minimal", "low", "significant", "medium", "severe", "high"),
            "probable", Map.of("minimal", "medium", "significant", "high", "severe", "high")));

    static SectionSpec section(String key, String title, String guidance) {
        return new SectionSpec(key, title, guidance, true, null,
                List.of(new FieldSpec("answer", "Your answer", "Say it plainly.", true, true)));
    }

    @Test
    void aCompleteAgreementTemplateHasNoProblems() {
        TemplateContent content = new TemplateContent("Agreement", "For sharing", List.of(section("parties", "Parties", "Who")), null, null);
        assertEquals(List.of(), content.problems(TemplateKind.DSA));
    }

    @Test
    void problemsNameTheSectionAndField() {
        TemplateContent content = new TemplateContent(" ", null, List.of(section("parties", "", "Who"),
                section("parties", "Again", " "),
                new SectionSpec("Bad Key", "T", "G", true, null, List.of(new FieldSpec("a", "", null, true, true),
                        new FieldSpec("a", "Second", null, true, true)))), null, null);
        List<String> fields = content.problems(TemplateKind.DSA).stream().map(FieldError::field).toList();
        assertEquals(List.of("title", "sections[0].title", "sections[1].key", "sections[1].guidance", "sections[2].key",
                "sections[2].fields[0].label", "sections[2].fields[1].key"), fields);
    }

    @Test
    void aDpiaTemplateNeedsScreeningAndACompleteMatrix() {
        TemplateContent noScreening = new TemplateContent("DPIA", null, List.of(section("step-1", "Need", "Why")), null, MATRIX);
        assertEquals(List.of("screening"), noScreening.problems(TemplateKind.DPIA).stream().map(FieldError::field).toList());
        RiskMatrix holed = new RiskMatrix(MATRIX.likelihoods(), MATRIX.severities(), Map.of("remote", Map.of("minimal", "low")));
        TemplateContent incomplete = new TemplateContent("DPIA", null, List.of(section("step-1", "Need", "Why")),
                List.of(new ScreeningQuestion("q", "Q?", null, "UK GDPR Article 35(3)(b)", true)), holed);
        assertEquals(List.of("riskMatrix"), incomplete.problems(TemplateKind.DPIA).stream().map(FieldError::field).toList());
    }

    @Test
    void theMatrixGivesTheOverallRisk() {
        assertEquals("high", MATRIX.overall("possible", "severe"));
        assertEquals("low", MATRIX.overall("remote", "significant"));
        assertTrue(MATRIX.complete());
        assertThrows(IllegalArgumentException.class, () -> MATRIX.overall("certain", "severe"));
    }

    @Test
    void aPublishedVersionIsNeverRevised() {
        TemplateVersion version = TemplateVersion.draft(1, 1, "{}", null, "iglead@example.org", Instant.EPOCH);
        version.revise("{\"title\":\"x\"}");
        version.publish("iglead@example.org", Instant.EPOCH);
        assertTrue(version.isPublished());
        assertThrows(IllegalStateException.class, () -> version.revise("{}"));
        assertThrows(IllegalStateException.class, () -> version.publish("someone", Instant.EPOCH));
    }
}
