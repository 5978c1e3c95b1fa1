/** REST endpoints for documents. */
package org.concordat.document.api;
