package org.concordat.template.domain;

/** What a template is for. */
public enum TemplateKind {
    /** A data sharing agreement. */
    DSA,
    /** A data protection impact assessment. */
    DPIA
}
