/** Agreements in the database (JPA). */
package org.concordat.agreement.infrastructure;
