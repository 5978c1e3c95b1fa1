package org.concordat.template.domain;

/** A template version is edited as a draft, then published for use, and never edited again. */
public enum TemplateVersionStatus {
    DRAFT, PUBLISHED
}
