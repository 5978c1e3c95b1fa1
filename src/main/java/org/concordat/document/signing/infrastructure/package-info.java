/**
 * Signing with PDFBox and BouncyCastle (PAdES, the timestamp client), the certification authority, the PKCS#12 import
 * and the key sealer as separate classes, JPA repositories, and the outbox worker (after commit and on a sweep).
 */
package org.concordat.document.signing.infrastructure;
