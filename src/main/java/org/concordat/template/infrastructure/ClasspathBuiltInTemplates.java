package org.concordat.template.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.concordat.template.domain.BuiltInTemplate;
import org.concordat.template.domain.BuiltInTemplateSource;
import org.concordat.template.domain.TemplateTranslation;

/** The built-in templates shipped in the WAR (templates/, copied to WEB-INF/classes/templates). */
@ApplicationScoped
public class ClasspathBuiltInTemplates implements BuiltInTemplateSource {

    @Override
    public List<BuiltInTemplate> load() {
        ClassLoader loader = ClasspathBuiltInTemplates.class.getClassLoader();
        return new YamlTemplateReader(name -> loader.getResourceAsStream("templates/" + name)).read();
    }

    @Override
    public List<TemplateTranslation> translations() {
        ClassLoader loader = ClasspathBuiltInTemplates.class.getClassLoader();
        return new YamlTemplateReader(name -> loader.getResourceAsStream("templates/" + name)).readTranslations();
    }
}
