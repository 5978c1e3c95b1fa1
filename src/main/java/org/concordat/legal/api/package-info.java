/** REST endpoints for the legal catalogue. */
package org.concordat.legal.api;
