package org.concordat.legal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.domain.CatalogueSource;

/** The catalogue shipped in the WAR: templates/legal/*.yaml, copied to WEB-INF/classes/templates/legal. */
@ApplicationScoped
public class ClasspathCatalogueSource implements CatalogueSource {

    static final String FOLDER = "templates/legal/";

    @Override
    public Catalogue load() {
        ClassLoader loader = ClasspathCatalogueSource.class.getClassLoader();
        return new YamlCatalogueReader(name -> loader.getResourceAsStream(FOLDER + name)).read();
    }
}
