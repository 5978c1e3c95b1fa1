/** REST endpoints for users and the caller's own tokens; the API token filter. */
package org.concordat.security.api;
