/** Use cases for documents: the preview of an agreement version, built from what the caller may see. */
package org.concordat.document.application;
