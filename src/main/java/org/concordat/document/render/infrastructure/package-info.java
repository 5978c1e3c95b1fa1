/** PDF/A rendering with Apache PDFBox: page layout, tables, fonts, metadata and the attached JSON. */
package org.concordat.document.render.infrastructure;
