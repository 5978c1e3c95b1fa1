package org.concordat.template.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.concordat.template.domain.BuiltInTemplate;
import org.concordat.template.domain.BuiltInTemplateSource;

/**
 * The built-in templates shipped in the WAR (templates/, copied to WEB-INF/classes/templates), with their
 * translations. Read once: the files cannot change while the application runs.
 */
@ApplicationScoped
public class ClasspathBuiltInTemplates implements BuiltInTemplateSource {

    private volatile List<BuiltInTemplate> read;

    @Override
    public List<BuiltInTemplate> load() {
        List<BuiltInTemplate> templates = read;
        if (templates == null) {
            ClassLoader loader = ClasspathBuiltInTemplates.class.getClassLoader();
            read = templates = new YamlTemplateReader(name -> loader.getResourceAsStream("templates/" + name)).read();
        }
        return templates;
    }
}
