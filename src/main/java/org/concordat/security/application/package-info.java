/** Use cases for users, passwords, API tokens and sign-in checks. */
package org.concordat.security.application;
