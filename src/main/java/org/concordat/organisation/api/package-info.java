/** REST endpoints for organisations. */
package org.concordat.organisation.api;
