/**
 * Signed documents and their signatures, signing credentials and Concordat's certification authority, the sealing of
 * keys, the signing outbox (approvals waiting for their signature), and the ports to the key technology: the
 * certification authority, the PKCS#12 import, the key sealer and the PAdES signer.
 */
package org.concordat.document.signing.domain;
