package org.concordat.template.domain;

import java.io.Serializable;

import org.concordat.shared.domain.MultiLine;

/** A DPIA screening question; a "yes" to a high-risk one makes a DPIA required, to the others recommended. */
public record ScreeningQuestion(String key, @MultiLine String question, @MultiLine String guidance,
                                @MultiLine String indicator, boolean highRisk) implements Serializable {
}
