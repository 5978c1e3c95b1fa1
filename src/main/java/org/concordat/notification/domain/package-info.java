/** A notification in someone's inbox, and where notifications are kept. */
package org.concordat.notification.domain;
