/** Users, roles, sign-in, sessions, API tokens and the checks that keep each organisation's data its own. */
package org.concordat.security;
