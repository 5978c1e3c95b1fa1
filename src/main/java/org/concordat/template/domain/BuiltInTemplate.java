package org.concordat.template.domain;

import java.util.List;

/**
 * A template shipped with Concordat, as read from its file under templates/, with its words in other languages read
 * from the files beside it ({@code x.cy.yaml} beside {@code x.yaml}).
 */
public record BuiltInTemplate(String code, int version, TemplateKind kind, TemplateContent content, String file,
                              List<TemplateTranslation> translations) {

    public BuiltInTemplate {
        translations = translations == null ? List.of() : List.copyOf(translations);
    }
}
