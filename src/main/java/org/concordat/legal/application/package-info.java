/** The legal catalogue as the rest of Concordat uses it. */
package org.concordat.legal.application;
