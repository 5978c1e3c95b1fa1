/** The legal catalogue as plain Java: topics, entries with their dates of application, validation. */
package org.concordat.legal.domain;
