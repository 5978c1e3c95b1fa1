package org.concordat.comment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The rules of comments that need no container: what a comment may say and point at, threads, when a version takes them. */
class CommentThreadTest {

    static final Author LEAD = new Author(1, "Ada Lead", 10, "Northshire County Council");
    static final Author SCHOOL = new Author(2, "Sam Signatory", 20, "Riverside Primary School");
    static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");

    private static String field(InvalidInputException e) {
        return e.errors().get(0).field();
    }

    @Test
    void aCommentMustSaySomethingWithinTheLimitAndNothingTheInputRulesRefuse() {
        assertEquals("Please name the retention period.", CommentText.check("  Please name the retention period.\n\n"));
        assertEquals("Line one\nline two", CommentText.check("Line one\nline two"), "several lines are allowed");
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> CommentText.check(" \n\t "));
        assertEquals("text", field(empty));
        assertEquals("Enter your comment.", empty.getMessage());
        assertThrows(InvalidInputException.class, () -> CommentText.check(null));
        assertEquals(2000, CommentText.check("x".repeat(2000)).length());
        InvalidInputException tooLong = assertThrows(InvalidInputException.class, () -> CommentText.check("x".repeat(2001)));
        assertEquals("Your comment must be 2000 characters or fewer: it is 1 too long.", tooLong.getMessage());
        InvalidInputException nul = assertThrows(InvalidInputException.class, () -> CommentText.check("a\u0000b"));
        assertTrue(nul.getMessage().contains("U+0000"), nul.getMessage());
        assertThrows(InvalidInputException.class, () -> CommentText.check("price \u202Eevil"), "a bidirectional override");
    }

    @Test
    void anAnchorIsTheWholeVersionOrASectionOrFlowTheVersionHas() {
        assertEquals(Anchor.WHOLE_VERSION, Anchor.of(AnchorKind.VERSION, "ignored"));
        Set<String> sections = Set.of("purpose", "security");
        Set<String> flows = Set.of("F1");
        assertEquals(new Anchor(AnchorKind.SECTION, "purpose"), Anchor.of(AnchorKind.SECTION, " purpose ").checkIn(sections, flows));
        assertEquals(new Anchor(AnchorKind.FLOW, "F1"), Anchor.of(AnchorKind.FLOW, "F1").checkIn(sections, flows));
        InvalidInputException noSection = assertThrows(InvalidInputException.class,
                () -> Anchor.of(AnchorKind.SECTION, "nonsense").checkIn(sections, flows));
        assertEquals("anchor", field(noSection));
        assertEquals("This version has no section nonsense: choose one of its sections.", noSection.getMessage());
        assertThrows(InvalidInputException.class, () -> Anchor.of(AnchorKind.FLOW, "purpose").checkIn(sections, flows),
                "a section's key is not a flow's");
        assertThrows(InvalidInputException.class, () -> Anchor.of(AnchorKind.FLOW, " "));
        assertEquals("anchor", field(assertThrows(InvalidInputException.class, () -> Anchor.of(null, "F1"))));
    }

    @Test
    void aThreadIsRepliedToResolvedAndReopened() {
        CommentThread thread = CommentThread.start(5, 4, Anchor.of(AnchorKind.FLOW, "F1"), SCHOOL,
                "Retention at the recipient is missing.", NOW);
        assertTrue(thread.isOpen());
        assertEquals(1, thread.getComments().size());
        assertEquals("Riverside Primary School", thread.getComments().get(0).getAuthorOrganisationName());

        thread.reply(LEAD, "Added: until the child is 25.", NOW.plusSeconds(60));
        assertEquals(2, thread.getComments().size());
        assertEquals("Ada Lead", thread.getComments().get(1).getAuthorName());

        thread.resolve(LEAD, NOW.plusSeconds(120));
        assertFalse(thread.isOpen());
        assertEquals("Ada Lead", thread.getResolvedByName());
        InvalidInputException again = assertThrows(InvalidInputException.class, () -> thread.resolve(SCHOOL, NOW));
        assertEquals("This comment has already been resolved.", again.getMessage());
        InvalidInputException reply = assertThrows(InvalidInputException.class, () -> thread.reply(SCHOOL, "But…", NOW));
        assertEquals("This comment has been resolved. Reopen it to reply.", reply.getMessage());
        assertEquals(2, thread.getComments().size(), "nothing added");

        thread.reopen(NOW.plusSeconds(180));
        assertTrue(thread.isOpen());
        assertNull(thread.getResolvedAt());
        assertThrows(InvalidInputException.class, () -> thread.reopen(NOW));
        thread.reply(SCHOOL, "Thank you.", NOW.plusSeconds(240));
        assertEquals(3, thread.getComments().size());
    }

    @Test
    void aReplyIsCheckedLikeAComment() {
        CommentThread thread = CommentThread.start(5, 4, Anchor.WHOLE_VERSION, LEAD, "Ready for the partners?", NOW);
        assertThrows(InvalidInputException.class, () -> thread.reply(SCHOOL, "   ", NOW));
        assertThrows(InvalidInputException.class, () -> thread.reply(SCHOOL, "y".repeat(2001), NOW));
        assertThrows(InvalidInputException.class, () -> CommentThread.start(5, 4, Anchor.WHOLE_VERSION, LEAD, "", NOW));
        assertEquals(1, thread.getComments().size());
    }

    @Test
    void onlyDraftsAndSubmittedVersionsTakeComments() {
        assertTrue(DiscussionPolicy.open(VersionStatus.DRAFT));
        assertTrue(DiscussionPolicy.open(VersionStatus.SUBMITTED));
        for (VersionStatus closed : Set.of(VersionStatus.APPROVED, VersionStatus.SUPERSEDED, VersionStatus.EXPIRED,
                VersionStatus.TERMINATED)) {
            assertFalse(DiscussionPolicy.open(closed), closed.name());
            assertTrue(DiscussionPolicy.closedReason(closed).startsWith("This version no longer takes comments"));
        }
        assertNull(DiscussionPolicy.closedReason(VersionStatus.SUBMITTED));
    }
}
