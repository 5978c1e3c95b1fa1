package org.concordat.dpia.domain;

/** What the person signing off did with the DPO's advice; overruling it needs reasons. */
public enum DpoAdviceDecision {
    ACCEPTED, OVERRULED
}
