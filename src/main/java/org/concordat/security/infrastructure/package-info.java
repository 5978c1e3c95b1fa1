/** Jakarta Security wiring (form mechanism, identity store, PBKDF2), the request's caller, JPA repositories. */
package org.concordat.security.infrastructure;
