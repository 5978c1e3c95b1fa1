package org.concordat.dpia.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concordat.template.domain.TemplateContent;
import org.concordat.template.domain.TemplateKind;
import org.concordat.template.infrastructure.YamlTemplateReader;

/** The shipped DPIA template (templates/dpia/ico-dpia.yaml), read as Concordat reads it at start-up. */
public final class IcoDpiaTemplate {

    public static final TemplateContent CONTENT = new YamlTemplateReader(name -> {
        try {
            Path file = Path.of("templates", name);
            return Files.exists(file) ? Files.newInputStream(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }).read().stream().filter(t -> t.kind() == TemplateKind.DPIA).findFirst().orElseThrow().content();

    public static final RiskScale SCALE = RiskScale.of(CONTENT.riskMatrix());

    private IcoDpiaTemplate() {
    }
}
