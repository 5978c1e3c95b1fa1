/**
 * ICO-style templates for data sharing agreements and DPIAs: built in (files under templates/) or adapted by an
 * organisation, versioned, and never edited once published.
 */
package org.concordat.template;
