/**
 * The discussion page of a version ({@code /app/agreement-discussion.xhtml?version=}) and the link with its count of
 * open threads that the agreement and history pages show.
 */
package org.concordat.comment.web;
