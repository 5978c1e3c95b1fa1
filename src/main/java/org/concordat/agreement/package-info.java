/**
 * Data sharing agreements: an agreement's identity and reference, its versions, parties, section answers and
 * sharing flows; drafting today, approval and life cycle next.
 */
package org.concordat.agreement;
