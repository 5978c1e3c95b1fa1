package org.concordat.template.domain;

import java.util.List;

/** The built-in templates (files under templates/dsa and templates/dpia). */
public interface BuiltInTemplateSource {

    List<BuiltInTemplate> load();

    /** The built-in templates' words in other languages (Welsh); none unless the source has them. */
    default List<TemplateTranslation> translations() {
        return load().stream().flatMap(t -> t.translations().stream()).toList();
    }
}
