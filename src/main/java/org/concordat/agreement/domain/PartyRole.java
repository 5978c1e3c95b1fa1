package org.concordat.agreement.domain;

/** A party's role in the processing. */
public enum PartyRole {
    CONTROLLER, JOINT_CONTROLLER, PROCESSOR
}
