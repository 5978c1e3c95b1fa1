/** REST endpoints for agreements. */
package org.concordat.agreement.api;
