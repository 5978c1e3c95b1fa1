/** Exceptions every feature's domain raises, each carrying a reason fit to show a user. */
package org.concordat.shared.domain;
