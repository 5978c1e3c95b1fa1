/**
 * What every feature shares: domain exceptions with their reasons, the clock, JSON, the REST application,
 * problem details, the health endpoint and the Flyway start-up.
 */
package org.concordat.shared;
