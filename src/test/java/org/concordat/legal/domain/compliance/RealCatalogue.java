package org.concordat.legal.domain.compliance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.infrastructure.YamlCatalogueReader;

/** The catalogue the project ships (templates/legal), read once for all the rule tests. */
final class RealCatalogue {

    static final Catalogue CATALOGUE = new YamlCatalogueReader(name -> {
        Path file = Path.of("templates", "legal", name);
        try {
            return Files.exists(file) ? Files.newInputStream(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }).read();

    private RealCatalogue() {
    }
}
