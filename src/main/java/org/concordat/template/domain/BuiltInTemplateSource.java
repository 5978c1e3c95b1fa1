package org.concordat.template.domain;

import java.util.List;

/** The built-in templates (files under templates/dsa and templates/dpia). */
public interface BuiltInTemplateSource {

    List<BuiltInTemplate> load();
}
