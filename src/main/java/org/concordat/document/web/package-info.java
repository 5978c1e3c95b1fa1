/**
 * The verification page (no sign-in), the downloads of a version's documents for signed-in users, and the signing
 * credential section of an organisation's page.
 */
package org.concordat.document.web;
