/** Agreements, versions, parties and flows, with the guards that keep a non-draft version unchanged. */
package org.concordat.agreement.domain;
