/** The audit trail in the database (JPA). */
package org.concordat.audit.infrastructure;
