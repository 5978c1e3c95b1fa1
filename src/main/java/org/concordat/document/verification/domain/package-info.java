/** What an inspection of a PDF found, the trust anchors it is checked against, and the verification throttle. */
package org.concordat.document.verification.domain;
