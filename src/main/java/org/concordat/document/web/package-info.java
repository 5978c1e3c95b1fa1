/** The verification page (no sign-in) and the downloads of a version's documents for signed-in users. */
package org.concordat.document.web;
