/** What a document shows, as plain data, the convention for section text, and the renderer port. */
package org.concordat.document.domain;
