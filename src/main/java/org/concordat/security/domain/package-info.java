/** Users, API tokens, the password policy and the sign-in throttle. */
package org.concordat.security.domain;
