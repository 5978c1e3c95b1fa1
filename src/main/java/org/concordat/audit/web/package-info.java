/** Page: the audit trail. */
package org.concordat.audit.web;
