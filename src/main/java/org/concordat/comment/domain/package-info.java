/**
 * Threads of comments ({@link org.concordat.comment.domain.CommentThread}) with their guards, what a comment may say
 * ({@link org.concordat.comment.domain.CommentText}), where it points ({@link org.concordat.comment.domain.Anchor}),
 * when a version takes comments ({@link org.concordat.comment.domain.DiscussionPolicy}), the repository, and the
 * notice the notification feature turns into inbox entries and e-mails ({@link org.concordat.comment.domain.CommentNotice}).
 */
package org.concordat.comment.domain;
