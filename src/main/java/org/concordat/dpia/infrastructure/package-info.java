/** DPIAs in the database (JPA). */
package org.concordat.dpia.infrastructure;
