/** Pages: the organisations directory and the organisation form. */
package org.concordat.organisation.web;
