/** Reading a PDF's signatures with PDFBox and BouncyCastle, revision fingerprints, and the guard against inflation bombs. */
package org.concordat.document.verification.infrastructure;
