/** Page: the catalogue browser. */
package org.concordat.legal.web;
