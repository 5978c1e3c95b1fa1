package org.concordat.template.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.concordat.template.application.TemplateLibrary;
import org.concordat.template.application.TemplateSummary;

/** The template library: built-in templates and the organisation's own, with their versions. */
@Named
@ViewScoped
public class TemplatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TemplateLibrary library;

    private List<TemplateSummary> templates;

    @PostConstruct
    void init() {
        templates = library.list();
    }

    public List<TemplateSummary> getTemplates() {
        return templates;
    }
}
