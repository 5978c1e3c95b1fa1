/** REST endpoints for DPIAs. */
package org.concordat.dpia.api;
