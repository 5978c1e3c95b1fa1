/**
 * Documents: an agreement version rendered to PDF/A with its machine-readable copy attached; signing and
 * verification next.
 */
package org.concordat.document;
