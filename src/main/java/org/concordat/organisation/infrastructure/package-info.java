/** Organisations in the database (JPA). */
package org.concordat.organisation.infrastructure;
