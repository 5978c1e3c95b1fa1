/** REST endpoint for route checks. */
package org.concordat.route.api;
