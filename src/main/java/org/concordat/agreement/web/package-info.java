/** Pages: the agreements list, a new draft, the draft editor with its findings panel, the flow editor. */
package org.concordat.agreement.web;
