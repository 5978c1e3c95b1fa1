/**
 * Notifications: what people must hear about (an agreement awaiting their approval, a request for changes, a review
 * coming up) reaches their in-app inbox and their email.
 */
package org.concordat.notification;
