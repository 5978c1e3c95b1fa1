/** Pages: sign-in, the signed-in person, the account page, user administration; the session guard. */
package org.concordat.security.web;
