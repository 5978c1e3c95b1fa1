package org.concordat.dpia.domain;

/** The overall risk that likelihood and severity give on the template's matrix; declared from least to most. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH;

    public boolean isAbove(RiskLevel other) {
        return compareTo(other) > 0;
    }
}
