package org.concordat.dpia.domain;

import java.util.Locale;

/** How severe the harm to people would be, on the ICO template's scale. */
public enum RiskSeverity {
    MINIMAL, SIGNIFICANT, SEVERE;

    /** The word the template's risk matrix uses ("severe"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
