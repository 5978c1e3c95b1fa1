/** JPA persistence of comment threads. */
package org.concordat.comment.infrastructure;
