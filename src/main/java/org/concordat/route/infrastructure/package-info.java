/** The route check's read model: one SQL query over the agreement tables, and the DPOs of an organisation. */
package org.concordat.route.infrastructure;
