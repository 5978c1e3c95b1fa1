package org.concordat.work.domain;

/** Names for what the queues hold as ids and codes: organisations, and purposes from the legal catalogue. */
public interface WorkNames {

    String organisation(long organisationId);

    String purpose(String code);
}
