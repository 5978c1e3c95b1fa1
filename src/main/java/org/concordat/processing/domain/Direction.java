package org.concordat.processing.domain;

/** The organisation's part in a flow: it discloses the data, receives it, or both (a flow that runs both ways). */
public enum Direction {
    DISCLOSES, RECEIVES, BOTH;

    /** The part of the organisation holding {@code partyKey} in a flow from sender to recipient, or null if none. */
    public static Direction of(String partyKey, String senderKey, String recipientKey, boolean bothWays) {
        boolean sends = partyKey.equals(senderKey);
        boolean receives = partyKey.equals(recipientKey);
        if (!sends && !receives) {
            return null;
        }
        if (bothWays) {
            return BOTH;
        }
        return sends ? DISCLOSES : RECEIVES;
    }
}
