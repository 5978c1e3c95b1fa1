package org.concordat.template.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.MultiLine;
import org.concordat.shared.domain.Messages;

/** Everything a template says: sections with guidance and fields; for a DPIA, screening and the risk matrix. */
public record TemplateContent(String title, @MultiLine String description, List<SectionSpec> sections,
                              List<ScreeningQuestion> screening, RiskMatrix riskMatrix) implements Serializable {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public TemplateContent {
        sections = sections == null ? List.of() : List.copyOf(sections);
        screening = screening == null ? List.of() : List.copyOf(screening);
    }

    /** What is wrong with this content, field by field ("sections[2].title"); empty when it can be published. */
    public List<FieldError> problems(TemplateKind kind) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(title)) {
            errors.add(new FieldError("title", Messages.text("template.TemplateContent.giveTheTemplateATitle")));
        }
        if (sections.isEmpty()) {
            errors.add(new FieldError("sections", Messages.text("template.TemplateContent.aTemplateNeedsAtLeast")));
        }
        Set<String> sectionKeys = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            SectionSpec s = sections.get(i);
            String at = "sections[" + i + "]";
            if (s.key() == null || !KEY.matcher(s.key()).matches() || !sectionKeys.add(s.key())) {
                errors.add(new FieldError(at + ".key", Messages.text("template.TemplateContent.eachSectionNeedsItsOwn")));
            }
            if (blank(s.title())) {
                errors.add(new FieldError(at + ".title", Messages.text("template.TemplateContent.giveSection",
                        (i + 1))));
            }
            if (blank(s.guidance())) {
                errors.add(new FieldError(at + ".guidance", Messages.text("template.TemplateContent.writeGuidanceForSection",
                        (i + 1))));
            }
            Set<String> fieldKeys = new HashSet<>();
            for (int j = 0; j < s.fields().size(); j++) {
                FieldSpec f = s.fields().get(j);
                if (f.key() == null || !KEY.matcher(f.key()).matches() || !fieldKeys.add(f.key())) {
                    errors.add(new FieldError(at + ".fields[" + j + "].key", Messages.text("template.TemplateContent.eachFieldOfASection")));
                }
                if (blank(f.label())) {
                    errors.add(new FieldError(at + ".fields[" + j + "].label", Messages.text("template.TemplateContent.giveField",
                            (j + 1), (i + 1))));
                }
            }
        }
        if (kind == TemplateKind.DPIA) {
            if (screening.isEmpty()) {
                errors.add(new FieldError("screening", Messages.text("template.TemplateContent.aDpiaTemplateNeedsIts")));
            }
            if (riskMatrix == null || !riskMatrix.complete()) {
                errors.add(new FieldError("riskMatrix", Messages.text("template.TemplateContent.aDpiaTemplateNeedsA")));
            }
        }
        return errors;
    }

    /** A copy with different sections (what an editor changes). */
    public TemplateContent withSections(String newTitle, String newDescription, List<SectionSpec> newSections) {
        return new TemplateContent(newTitle, newDescription, newSections, screening, riskMatrix);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
