package org.concordat.dpia.domain;

import java.util.Locale;

/** How likely the harm to people is, on the ICO template's scale. */
public enum RiskLikelihood {
    REMOTE, POSSIBLE, PROBABLE;

    /** The word the template's risk matrix uses ("remote"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
