package org.concordat.organisation.domain;

/**
 * The sector an organisation works in. It drives the lawful-basis suggestions: a public authority performing
 * its tasks cannot rely on legitimate interests, a voluntary body usually does.
 */
public enum Sector {
    LOCAL_AUTHORITY,
    POLICE,
    HEALTH,
    EDUCATION,
    PROBATION,
    YOUTH_JUSTICE,
    VOLUNTARY,
    PRIVATE,
    OTHER
}
