package org.concordat.template.domain;

/** A template shipped with Concordat, as read from its file under templates/. */
public record BuiltInTemplate(String code, int version, TemplateKind kind, TemplateContent content, String file) {
}
