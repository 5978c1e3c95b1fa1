/** Verification: a PDF anyone uploads, inspected and compared with what Concordat recorded, as a verdict in words. */
package org.concordat.document.verification.application;
