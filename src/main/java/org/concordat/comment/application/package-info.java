/**
 * The use cases (start a thread, reply, resolve, reopen: {@link org.concordat.comment.application.Commenting}) and the
 * query of a version's discussion ({@link org.concordat.comment.application.Discussions}): the transaction and
 * security boundary. A version is read through the agreement feature's application API, which decides who may see it.
 */
package org.concordat.comment.application;
