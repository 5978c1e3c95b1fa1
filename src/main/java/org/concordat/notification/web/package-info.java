/** The inbox page and the unread count in the menu. */
package org.concordat.notification.web;
