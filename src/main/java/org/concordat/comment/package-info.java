/**
 * Comments on drafts (issue 23, part 4): a party's IG leads and signatories discuss a version while it is a draft
 * (the lead's IG leads alone, as only they see it) or submitted, on the whole version, a section of its template or
 * one of its flows. A comment starts a thread, replies follow it, and a thread is resolved or reopened; the lead's IG
 * leads (and whoever took part in the thread) hear of each comment in their inbox and by e-mail. Comments stay with the
 * version for good — read-only once it has moved on, linked from its history — and are never part of what is signed.
 * The feature reads agreements only through {@code agreement.application} (who may see a version, its parties, flows
 * and template), and owns the tables {@code comment_thread} and {@code comment_entry} (V35).
 */
package org.concordat.comment;
