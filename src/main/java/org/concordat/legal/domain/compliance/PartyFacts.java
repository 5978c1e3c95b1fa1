package org.concordat.legal.domain.compliance;

/**
 * A party to the agreement and what the law cares about in its organisation.
 *
 * @param role CONTROLLER, JOINT_CONTROLLER or PROCESSOR
 */
public record PartyFacts(String partyId, String organisationName, String sector, boolean publicAuthority,
                         boolean competentAuthority, boolean hasAppropriatePolicyDocument, String role) {
}
