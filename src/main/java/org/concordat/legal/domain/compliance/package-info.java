/**
 * The compliance rules: pure Java, no container. An agreement version is described as facts (parties, flows,
 * dates, DPIA status); each policy checks one rule against the catalogue and returns findings that carry their
 * reasons — what is wrong, what to do, and the law that says so.
 */
package org.concordat.legal.domain.compliance;
