package org.concordat.template.domain;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.concordat.shared.domain.Language;

/**
 * A built-in template's words in another language (Welsh, issue 23): its title and description, each section's title
 * and guidance, each field's label and hint, for one version of the template. Shown to readers of that language while
 * they draft, and a DPIA's screening questions; keys, rules and what is stored and signed stay the template's own. Read from a file beside the template
 * ({@code ico-data-sharing-agreement.cy.yaml}); whatever it leaves out is read in English.
 */
public record TemplateTranslation(String code, int version, Language language, String title, String description,
                                  Map<String, SectionWords> sections, Map<String, QuestionWords> screening)
        implements Serializable {

    public record SectionWords(String title, String guidance, Map<String, FieldWords> fields) implements Serializable {

        public SectionWords {
            fields = fields == null ? Map.of() : Map.copyOf(fields);
        }
    }

    public record FieldWords(String label, String hint) implements Serializable {
    }

    /** A DPIA screening question's words: the question, its guidance and the indicator it cites. */
    public record QuestionWords(String question, String guidance, String indicator) implements Serializable {
    }

    public TemplateTranslation {
        sections = sections == null ? Map.of() : Map.copyOf(sections);
        screening = screening == null ? Map.of() : Map.copyOf(screening);
    }

    /** The template's content in this translation's words, everything else (keys, rules, risk matrix) as it is. */
    public TemplateContent applyTo(TemplateContent english) {
        List<SectionSpec> translated = english.sections().stream().map(this::section).toList();
        List<ScreeningQuestion> questions = english.screening() == null ? null
                : english.screening().stream().map(this::question).toList();
        return new TemplateContent(or(title, english.title()), or(description, english.description()), translated,
                questions, english.riskMatrix());
    }

    private ScreeningQuestion question(ScreeningQuestion q) {
        QuestionWords words = screening.get(q.key());
        return words == null ? q : new ScreeningQuestion(q.key(), or(words.question(), q.question()),
                or(words.guidance(), q.guidance()), or(words.indicator(), q.indicator()), q.highRisk());
    }

    private SectionSpec section(SectionSpec s) {
        SectionWords words = sections.get(s.key());
        if (words == null) {
            return s;
        }
        List<FieldSpec> fields = s.fields().stream().map(f -> {
            FieldWords w = words.fields().get(f.key());
            return w == null ? f : new FieldSpec(f.key(), or(w.label(), f.label()), or(w.hint(), f.hint()), f.required(),
                    f.multiline());
        }).toList();
        return new SectionSpec(s.key(), or(words.title(), s.title()), or(words.guidance(), s.guidance()), s.required(),
                s.generated(), fields);
    }

    private static String or(String translated, String english) {
        return translated == null || translated.isBlank() ? english : translated;
    }
}
