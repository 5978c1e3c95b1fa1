/** What a document shows, as plain data (agreement and DPIA models), the convention for section text, and the renderer port. */
package org.concordat.document.render.domain;
