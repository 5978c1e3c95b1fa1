package org.concordat.template.domain;

/** A DPIA screening question; a "yes" to a high-risk one makes a DPIA required, to the others recommended. */
public record ScreeningQuestion(String key, String question, String guidance, String indicator, boolean highRisk) {
}
