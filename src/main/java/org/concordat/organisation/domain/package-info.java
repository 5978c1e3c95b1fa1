/** Organisations, their sector and the details the compliance rules rely on. */
package org.concordat.organisation.domain;
