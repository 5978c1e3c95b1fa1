package org.concordat.dpia.domain;

/** What a measure does to the risk it answers (ICO template, step 6). */
public enum MeasureEffect {
    ELIMINATED, REDUCED, ACCEPTED
}
