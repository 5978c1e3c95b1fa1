/**
 * Rendering use cases: an agreement or DPIA version read through its feature's queries (what the caller may see),
 * turned into a document model with its machine-readable copy (the frozen formats of the signed copies) and rendered.
 * Knows nothing of signing or verification.
 */
package org.concordat.document.render.application;
