/**
 * Documents, split by job: {@code render} (agreement and DPIA versions to PDF/A with their machine-readable copies),
 * {@code signing} (the document of a submission, each party's PAdES signature made from the signing outbox after its
 * approval commits, credentials, the certification authority, PKCS#12 import, key sealing) and {@code verification}
 * (anyone's PDF checked against what was recorded). Signing builds on render's use cases, never its layout;
 * verification reads what signing recorded; render depends on neither. {@code api} and {@code web} serve all three.
 */
package org.concordat.document;
