/** Audit events and where they are kept. */
package org.concordat.audit.domain;
