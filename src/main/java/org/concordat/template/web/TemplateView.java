package org.concordat.template.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.concordat.shared.web.Feedback;
import org.concordat.template.application.TemplateLibrary;
import org.concordat.template.application.TemplateVersionData;
import org.concordat.template.domain.FieldSpec;
import org.concordat.template.domain.SectionSpec;
import org.concordat.template.domain.TemplateContent;

/**
 * One template version: read it; copy a published one to the organisation; edit a draft (titles, guidance,
 * required sections and fields, sections and fields added or removed) and publish it.
 */
@Named
@ViewScoped
public class TemplateView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TemplateLibrary library;

    private Long id;
    private TemplateVersionData data;
    private String title;
    private String description;
    private List<SectionForm> sections = new ArrayList<>();

    /** A section as the form edits it. */
    public static class SectionForm implements Serializable {
        private static final long serialVersionUID = 1L;
        String key;
        String title;
        String guidance;
        boolean required;
        String generated;
        List<FieldForm> fields = new ArrayList<>();

        public String getKey() { return key; }
        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public String getGuidance() { return guidance; }
        public void setGuidance(String v) { guidance = v; }
        public boolean isRequired() { return required; }
        public void setRequired(boolean v) { required = v; }
        public String getGenerated() { return generated; }
        public List<FieldForm> getFields() { return fields; }
    }

    /** A field as the form edits it. */
    public static class FieldForm implements Serializable {
        private static final long serialVersionUID = 1L;
        String key;
        String label;
        String hint;
        boolean required;
        boolean multiline = true;

        public String getKey() { return key; }
        public String getLabel() { return label; }
        public void setLabel(String v) { label = v; }
        public String getHint() { return hint; }
        public void setHint(String v) { hint = v; }
        public boolean isRequired() { return required; }
        public void setRequired(boolean v) { required = v; }
    }

    public void load() {
        if (id != null && data == null) {
            show(library.version(id));
        }
    }

    public String copyToMyOrganisation() {
        try {
            TemplateVersionData copy = library.cloneToMyOrganisation(data.id());
            Feedback.infoAfterRedirect(Feedback.text("template.copied"));
            return "/app/template?faces-redirect=true&id=" + copy.id();
        } catch (RuntimeException e) {
            Feedback.show("form", e);
            return null;
        }
    }

    public String startNewVersion() {
        try {
            TemplateVersionData draft = library.startNewVersion(data.templateId());
            Feedback.infoAfterRedirect(Feedback.text("template.newVersionStarted", draft.number()));
            return "/app/template?faces-redirect=true&id=" + draft.id();
        } catch (RuntimeException e) {
            Feedback.show("form", e);
            return null;
        }
    }

    public void save() {
        try {
            show(library.saveDraft(data.id(), data.lockVersion(), content()));
            Feedback.info(Feedback.text("template.saved"));
        } catch (RuntimeException e) {
            Feedback.show("form", e);
        }
    }

    public void publish() {
        try {
            TemplateVersionData saved = library.saveDraft(data.id(), data.lockVersion(), content());
            show(library.publish(saved.id(), saved.lockVersion()));
            Feedback.info(Feedback.text("template.published", data.number()));
        } catch (RuntimeException e) {
            Feedback.show("form", e);
        }
    }

    public void addSection() {
        SectionForm s = new SectionForm();
        s.key = uniqueKey("section", sections.stream().map(x -> x.key).toList());
        s.required = true;
        sections.add(s);
    }

    public void removeSection(int index) {
        sections.remove(index);
    }

    public void addField(int sectionIndex) {
        SectionForm s = sections.get(sectionIndex);
        FieldForm f = new FieldForm();
        f.key = uniqueKey("field", s.fields.stream().map(x -> x.key).toList());
        s.fields.add(f);
    }

    public void removeField(int sectionIndex, int fieldIndex) {
        sections.get(sectionIndex).fields.remove(fieldIndex);
    }

    private static String uniqueKey(String prefix, List<String> taken) {
        int n = taken.size() + 1;
        while (taken.contains(prefix + "-" + n)) {
            n++;
        }
        return prefix + "-" + n;
    }

    private TemplateContent content() {
        List<SectionSpec> specs = sections.stream().map(s -> new SectionSpec(s.key, s.title, s.guidance, s.required,
                s.generated, s.fields.stream().map(f -> new FieldSpec(f.key, f.label, f.hint, f.required, f.multiline))
                .toList())).toList();
        return data.content().withSections(title, description, specs);
    }

    private void show(TemplateVersionData version) {
        data = version;
        id = version.id();
        title = version.content().title();
        description = version.content().description();
        sections = new ArrayList<>();
        for (SectionSpec spec : version.content().sections()) {
            SectionForm s = new SectionForm();
            s.key = spec.key();
            s.title = spec.title();
            s.guidance = spec.guidance();
            s.required = spec.required();
            s.generated = spec.generated();
            for (FieldSpec field : spec.fields()) {
                FieldForm f = new FieldForm();
                f.key = field.key();
                f.label = field.label();
                f.hint = field.hint();
                f.required = field.required();
                f.multiline = field.multiline();
                s.fields.add(f);
            }
            sections.add(s);
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public TemplateVersionData getData() { return data; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<SectionForm> getSections() { return sections; }
}
