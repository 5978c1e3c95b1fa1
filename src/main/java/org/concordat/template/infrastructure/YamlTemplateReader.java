package org.concordat.template.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.Language;
import org.concordat.shared.domain.Messages;
import org.concordat.template.domain.BuiltInTemplate;
import org.concordat.template.domain.FieldSpec;
import org.concordat.template.domain.RiskMatrix;
import org.concordat.template.domain.ScreeningQuestion;
import org.concordat.template.domain.SectionSpec;
import org.concordat.template.domain.TemplateContent;
import org.concordat.template.domain.TemplateKind;
import org.concordat.template.domain.TemplateTranslation;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the built-in templates: templates/index.yaml and the files it lists. Any problem stops the start-up
 * with a message naming the file, the place in it and what is wrong.
 */
public class YamlTemplateReader {

    private static final Set<String> TOP = Set.of("code", "version", "kind", "title", "description", "sections",
            "screening", "risk_matrix");
    private static final Set<String> SECTION = Set.of("key", "title", "guidance", "required", "generated", "fields");
    private static final Set<String> FIELD = Set.of("key", "label", "hint", "required", "multiline");
    private static final Set<String> QUESTION = Set.of("key", "question", "guidance", "indicator", "high_risk");
    // A translation names the words it translates; `review` says whether a translator has checked them.
    private static final Set<String> TRANSLATION_TOP = Set.of("code", "version", "language", "review", "title",
            "description", "sections", "screening", "risk_matrix");
    private static final Set<String> TRANSLATED_SECTION = Set.of("key", "title", "guidance", "fields", "review");
    private static final Set<String> TRANSLATED_FIELD = Set.of("key", "label", "hint", "review");
    private static final Set<String> TRANSLATED_QUESTION = Set.of("key", "question", "guidance", "indicator", "review");
    private static final Set<String> GENERATED = Set.of("parties", "purpose", "data-and-subjects", "lawful-basis",
            "legal-powers", "transfer", "signatures");

    private final Function<String, InputStream> files;

    public YamlTemplateReader(Function<String, InputStream> files) {
        this.files = files;
    }

    /**
     * Every template the index lists, each with the translations beside it: for {@code dsa/x.yaml},
     * {@code dsa/x.cy.yaml} when there is one. A translation must translate the very version of the template beside it,
     * and name only its sections, fields and screening questions.
     */
    public List<BuiltInTemplate> read() {
        Map<String, Object> index = map(load("index.yaml"), "index.yaml", "the file");
        List<BuiltInTemplate> templates = new ArrayList<>();
        for (Object raw : list(index.get("templates"), "index.yaml", "templates")) {
            String file = raw.toString();
            BuiltInTemplate template = template(file);
            List<TemplateTranslation> translations = new ArrayList<>();
            for (Language language : Language.values()) {
                if (language == Language.ENGLISH) {
                    continue;
                }
                String translationFile = file.replaceFirst("\\.yaml$", "." + language.code() + ".yaml");
                InputStream in = files.apply(translationFile);
                if (in != null) {
                    translations.add(translation(translationFile, parse(translationFile, in), language, template));
                }
            }
            templates.add(new BuiltInTemplate(template.code(), template.version(), template.kind(), template.content(),
                    file, translations));
        }
        return templates;
    }

    private TemplateTranslation translation(String file, Object yaml, Language language, BuiltInTemplate template) {
        Map<String, Object> t = map(yaml, file, "the file");
        known(t, TRANSLATION_TOP, file, "the translation");
        if (!template.code().equals(text(t, "code", file, "the translation")) || !Integer.valueOf(template.version()).equals(t.get("version"))) {
            throw new TemplateFileException(file, Messages.text("template.YamlTemplateReader.translatesAnotherVersion",
                    template.code(), template.version()));
        }
        if (!language.code().equals(text(t, "language", file, "the translation"))) {
            throw new TemplateFileException(file, Messages.text("template.YamlTemplateReader.translationLanguage", language.code()));
        }
        Map<String, SectionSpec> sections = new LinkedHashMap<>();
        template.content().sections().forEach(s -> sections.put(s.key(), s));
        Map<String, TemplateTranslation.SectionWords> words = new LinkedHashMap<>();
        int i = 0;
        for (Object raw : list(t.getOrDefault("sections", List.of()), file, "sections")) {
            String where = "sections[" + i++ + "]";
            Map<String, Object> s = map(raw, file, where);
            known(s, TRANSLATED_SECTION, file, where);
            String key = text(s, "key", file, where);
            SectionSpec section = sections.get(key);
            if (section == null || words.containsKey(key)) {
                throw new TemplateFileException(file, Messages.text("template.YamlTemplateReader.translatesNoSection", where, key));
            }
            Map<String, TemplateTranslation.FieldWords> fields = new LinkedHashMap<>();
            int j = 0;
            for (Object rawField : list(s.getOrDefault("fields", List.of()), file, where + ".fields")) {
                String fieldWhere = where + ".fields[" + j++ + "]";
                Map<String, Object> f = map(rawField, file, fieldWhere);
                known(f, TRANSLATED_FIELD, file, fieldWhere);
                String fieldKey = text(f, "key", file, fieldWhere);
                if (section.fields().stream().noneMatch(x -> x.key().equals(fieldKey)) || fields.containsKey(fieldKey)) {
                    throw new TemplateFileException(file, Messages.text("template.YamlTemplateReader.translatesNoSection",
                            fieldWhere, fieldKey));
                }
                fields.put(fieldKey, new TemplateTranslation.FieldWords(optional(f, "label"), optional(f, "hint")));
            }
            words.put(key, new TemplateTranslation.SectionWords(optional(s, "title"), optional(s, "guidance"), fields));
        }
        return new TemplateTranslation(template.code(), template.version(), language, optional(t, "title"),
                optional(t, "description"), words, questions(t, file, template));
    }

    private Map<String, TemplateTranslation.QuestionWords> questions(Map<String, Object> t, String file, BuiltInTemplate template) {
        Map<String, TemplateTranslation.QuestionWords> questions = new LinkedHashMap<>();
        int i = 0;
        for (Object raw : list(t.getOrDefault("screening", List.of()), file, "screening")) {
            String where = "screening[" + i++ + "]";
            Map<String, Object> q = map(raw, file, where);
            known(q, TRANSLATED_QUESTION, file, where);
            String key = text(q, "key", file, where);
            if (template.content().screening().stream().noneMatch(x -> x.key().equals(key)) || questions.containsKey(key)) {
                throw new TemplateFileException(file, Messages.text("template.YamlTemplateReader.translatesNoSection", where, key));
            }
            questions.put(key, new TemplateTranslation.QuestionWords(optional(q, "question"), optional(q, "guidance"),
                    optional(q, "indicator")));
        }
        return questions;
    }

    BuiltInTemplate template(String file) {
        Map<String, Object> t = map(load(file), file, "the file");
        known(t, TOP, file, "the template");
        String code = text(t, "code", file, "the template");
        Object version = t.get("version");
        if (!(version instanceof Integer number) || number < 1) {
            throw new TemplateFileException(file, Messages.text("template.YamlTemplateReader.versionMustBeAWhole"));
        }
        TemplateKind kind;
        try {
            kind = TemplateKind.valueOf(text(t, "kind", file, "the template"));
        } catch (IllegalArgumentException e) {
            throw new TemplateFileException(file, Messages.text("template.YamlTemplateReader.kindMustBeDsaOr"));
        }
        List<SectionSpec> sections = new ArrayList<>();
        int i = 0;
        for (Object raw : list(t.get("sections"), file, "sections")) {
            String where = "sections[" + i++ + "]";
            Map<String, Object> s = map(raw, file, where);
            known(s, SECTION, file, where);
            String generated = s.get("generated") == null ? null : s.get("generated").toString();
            if (generated != null && !GENERATED.contains(generated)) {
                throw new TemplateFileException(file, Messages.text("template.YamlTemplateReader.generatedMustBeOneOf",
                        where, String.join(", ", GENERATED)));
            }
            List<FieldSpec> fields = new ArrayList<>();
            int j = 0;
            for (Object rawField : list(s.getOrDefault("fields", List.of()), file, where + ".fields")) {
                String fieldWhere = where + ".fields[" + j++ + "]";
                Map<String, Object> f = map(rawField, file, fieldWhere);
                known(f, FIELD, file, fieldWhere);
                fields.add(new FieldSpec(text(f, "key", file, fieldWhere), text(f, "label", file, fieldWhere),
                        optional(f, "hint"), bool(f, "required", true), bool(f, "multiline", true)));
            }
            sections.add(new SectionSpec(text(s, "key", file, where), text(s, "title", file, where),
                    text(s, "guidance", file, where), bool(s, "required", true), generated, fields));
        }
        List<ScreeningQuestion> screening = new ArrayList<>();
        int q = 0;
        for (Object raw : list(t.getOrDefault("screening", List.of()), file, "screening")) {
            String where = "screening[" + q++ + "]";
            Map<String, Object> s = map(raw, file, where);
            known(s, QUESTION, file, where);
            screening.add(new ScreeningQuestion(text(s, "key", file, where), text(s, "question", file, where),
                    optional(s, "guidance"), text(s, "indicator", file, where), bool(s, "high_risk", false)));
        }
        RiskMatrix matrix = t.get("risk_matrix") == null ? null : matrix(map(t.get("risk_matrix"), file, "risk_matrix"), file);
        TemplateContent content = new TemplateContent(text(t, "title", file, "the template"), optional(t, "description"),
                sections, screening, matrix);
        List<FieldError> problems = content.problems(kind);
        if (!problems.isEmpty()) {
            throw new TemplateFileException(file, problems.get(0).field() + ": " + problems.get(0).message());
        }
        return new BuiltInTemplate(code, (Integer) version, kind, content, file, List.of());
    }

    private RiskMatrix matrix(Map<String, Object> m, String file) {
        List<String> likelihoods = list(m.get("likelihoods"), file, "risk_matrix.likelihoods").stream().map(Object::toString).toList();
        List<String> severities = list(m.get("severities"), file, "risk_matrix.severities").stream().map(Object::toString).toList();
        Map<String, Map<String, String>> overall = new LinkedHashMap<>();
        map(m.get("overall"), file, "risk_matrix.overall").forEach((likelihood, row) -> {
            Map<String, String> cells = new LinkedHashMap<>();
            map(row, file, "risk_matrix.overall." + likelihood).forEach((severity, risk) -> cells.put(severity, risk.toString()));
            overall.put(likelihood, cells);
        });
        return new RiskMatrix(likelihoods, severities, overall);
    }

    private Object load(String file) {
        InputStream in = files.apply(file);
        if (in == null) {
            throw new TemplateFileException(file, Messages.text("template.YamlTemplateReader.theFileIsMissing"));
        }
        return parse(file, in);
    }

    private static Object parse(String file, InputStream in) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (YAMLException e) {
            throw new TemplateFileException(file, "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new TemplateFileException(file, Messages.text("template.YamlTemplateReader.cannotBeRead",
                    e.getMessage()));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String file, String where) {
        if (!(value instanceof Map<?, ?>)) {
            throw new TemplateFileException(file, Messages.text("template.YamlTemplateReader.mustBeAMappingOf", where));
        }
        return (Map<String, Object>) value;
    }

    private static List<?> list(Object value, String file, String where) {
        if (!(value instanceof List<?> l)) {
            throw new TemplateFileException(file, Messages.text("template.YamlTemplateReader.mustBeAList", where));
        }
        return l;
    }

    private static void known(Map<String, Object> map, Set<String> allowed, String file, String where) {
        for (String key : map.keySet()) {
            if (!allowed.contains(key)) {
                throw new TemplateFileException(file, where + ": unknown key '" + key + "'");
            }
        }
    }

    private static String text(Map<String, Object> map, String key, String file, String where) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new TemplateFileException(file, where + ": '" + key + "' is required");
        }
        return value.toString().trim();
    }

    private static String optional(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString().trim();
    }

    private static boolean bool(Map<String, Object> map, String key, boolean fallback) {
        Object value = map.get(key);
        return value instanceof Boolean b ? b : fallback;
    }
}
