/** The inbox over the REST API. */
package org.concordat.notification.api;
