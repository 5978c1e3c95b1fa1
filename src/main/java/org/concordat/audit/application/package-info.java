/** Recording and reading the audit trail. */
package org.concordat.audit.application;
