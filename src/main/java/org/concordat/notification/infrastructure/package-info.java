/** JPA for the inbox; email through the server's mail session, sent only once the change has committed. */
package org.concordat.notification.infrastructure;
