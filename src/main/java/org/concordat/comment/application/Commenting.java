package org.concordat.comment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.application.AgreementQueries;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.audit.application.AuditLog;
import org.concordat.comment.domain.Anchor;
import org.concordat.comment.domain.AnchorKind;
import org.concordat.comment.domain.Author;
import org.concordat.comment.domain.Comment;
import org.concordat.comment.domain.CommentNotice;
import org.concordat.comment.domain.CommentText;
import org.concordat.comment.domain.CommentThread;
import org.concordat.comment.domain.CommentThreadRepository;
import org.concordat.comment.domain.DiscussionPolicy;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.domain.Role;

/**
 * Commenting on a version: start a thread, reply to one, resolve it, reopen it. Each use case checks the caller is an
 * IG lead or signatory who sees the version (a draft: its lead's IG leads only; otherwise every party's) and that the
 * version still takes comments (a draft or submitted), records the change in the audit trail against the version (so
 * its history shows it, without the words), and — for a comment — tells the lead's IG leads and the thread's other
 * writers, in the same transaction.
 */
@ApplicationScoped
@Transactional
public class Commenting {

    /** How much of a comment an inbox entry or e-mail quotes. */
    static final int EXCERPT = 200;

    @Inject
    AgreementQueries agreements;

    @Inject
    Discussions discussions;

    @Inject
    CommentThreadRepository threads;

    @Inject
    AccessGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    Event<CommentNotice> notices;

    @Inject
    Clock clock;

    /** A new thread: what it is about (a section or flow by its key; no key for the whole version) and what it says. */
    public record StartThread(AnchorKind anchorKind, String anchorKey, String text) {
    }

    /** What the audit trail keeps of a change: never the words. */
    public record Audited(long threadId, Long commentId, AnchorKind anchorKind, String anchorKey) {
    }

    public DiscussionData.ThreadData start(long versionId, StartThread command) {
        Caller caller = mayComment(Messages.text("comment.Commenting.comment"));
        AgreementData version = open(versionId);
        List<DiscussionData.AnchorOption> anchors = discussions.anchors(version);
        List<FieldError> errors = new ArrayList<>();
        Anchor anchor = null;
        try {
            anchor = Anchor.of(command == null ? null : command.anchorKind(), command == null ? null : command.anchorKey())
                    .checkIn(keys(anchors, AnchorKind.SECTION), keys(anchors, AnchorKind.FLOW));
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        String text = null;
        try {
            text = CommentText.check(command == null ? null : command.text());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        CommentThread thread = CommentThread.start(versionId, version.agreementId(), anchor, author(caller), text, now);
        threads.add(thread);
        Map<String, String> about = labels(anchors);
        String aboutLabel = about.get(option(anchor).value());
        audit.change("COMMENT_ADDED", "AgreementVersion", versionId,
                Messages.text("comment.Commenting.added", aboutLabel, caller.organisationName()), null,
                new Audited(thread.getId(), thread.getComments().get(0).getId(), anchor.kind(), anchor.key()));
        notify(version, thread, caller, false, aboutLabel, text);
        return Discussions.thread(thread, about);
    }

    public DiscussionData.ThreadData reply(long versionId, long threadId, String text) {
        Caller caller = mayComment(Messages.text("comment.Commenting.reply"));
        AgreementData version = open(versionId);
        CommentThread thread = thread(versionId, threadId);
        Comment reply = thread.reply(author(caller), text, clock.instant());
        threads.add(thread);
        Map<String, String> about = labels(discussions.anchors(version));
        String aboutLabel = about.getOrDefault(option(thread.anchor()).value(), thread.anchor().key());
        audit.change("COMMENT_ADDED", "AgreementVersion", versionId,
                Messages.text("comment.Commenting.replied", aboutLabel, caller.organisationName()), null,
                new Audited(thread.getId(), reply.getId(), thread.anchor().kind(), thread.anchor().key()));
        notify(version, thread, caller, true, aboutLabel, reply.getText());
        return Discussions.thread(thread, about);
    }

    public DiscussionData.ThreadData resolve(long versionId, long threadId) {
        Caller caller = mayComment(Messages.text("comment.Commenting.resolve"));
        AgreementData version = open(versionId);
        CommentThread thread = thread(versionId, threadId);
        thread.resolve(author(caller), clock.instant());
        return changed(version, thread, caller, "COMMENT_RESOLVED", "comment.Commenting.resolved");
    }

    public DiscussionData.ThreadData reopen(long versionId, long threadId) {
        Caller caller = mayComment(Messages.text("comment.Commenting.reopen"));
        AgreementData version = open(versionId);
        CommentThread thread = thread(versionId, threadId);
        thread.reopen(clock.instant());
        return changed(version, thread, caller, "COMMENT_REOPENED", "comment.Commenting.reopened");
    }

    private DiscussionData.ThreadData changed(AgreementData version, CommentThread thread, Caller caller, String action,
                                              String summaryKey) {
        Map<String, String> about = labels(discussions.anchors(version));
        String aboutLabel = about.getOrDefault(option(thread.anchor()).value(), thread.anchor().key());
        audit.change(action, "AgreementVersion", version.versionId(), Messages.text(summaryKey, aboutLabel,
                caller.organisationName()), null, new Audited(thread.getId(), null, thread.anchor().kind(), thread.anchor().key()));
        return Discussions.thread(thread, about);
    }

    private Caller mayComment(String action) {
        return guard.requireAny(action, Role.IG_LEAD, Role.SIGNATORY);
    }

    /** The version, if the caller sees it (else not found) and it still takes comments. */
    private AgreementData open(long versionId) {
        AgreementData version = agreements.version(versionId);
        String closed = DiscussionPolicy.closedReason(version.status());
        if (closed != null) {
            throw new InvalidInputException("status", closed);
        }
        return version;
    }

    private CommentThread thread(long versionId, long threadId) {
        return threads.find(threadId).filter(t -> t.getVersionId() == versionId)
                .orElseThrow(() -> new NotFoundException(Messages.text("comment.Commenting.thread", threadId)));
    }

    /**
     * The lead's IG leads hear of every comment (the Notifier adds them); so do the thread's other writers while they
     * may still see the version — on a draft, only those of the lead organisation.
     */
    private void notify(AgreementData version, CommentThread thread, Caller writer, boolean reply, String about, String text) {
        List<Long> participants = thread.getComments().stream()
                .filter(c -> version.status() != VersionStatus.DRAFT || c.getAuthorOrganisationId() == version.leadOrganisationId())
                .map(Comment::getAuthorUserId).filter(id -> id != writer.userId()).distinct().toList();
        String excerpt = text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "\u2026";
        notices.fire(new CommentNotice(version.versionId(), thread.getId(), version.reference(), version.title(),
                version.number(), version.leadOrganisationId(), writer.userId(), writer.fullName(), writer.organisationName(),
                reply, about, excerpt, participants));
    }

    private static Author author(Caller caller) {
        return new Author(caller.userId(), caller.fullName(), caller.organisationId(), caller.organisationName());
    }

    private static Set<String> keys(List<DiscussionData.AnchorOption> anchors, AnchorKind kind) {
        return anchors.stream().filter(a -> a.kind() == kind).map(DiscussionData.AnchorOption::key).collect(Collectors.toSet());
    }

    private static Map<String, String> labels(List<DiscussionData.AnchorOption> anchors) {
        return anchors.stream().collect(Collectors.toMap(DiscussionData.AnchorOption::value,
                DiscussionData.AnchorOption::label, (a, b) -> a));
    }

    private static DiscussionData.AnchorOption option(Anchor anchor) {
        return new DiscussionData.AnchorOption(anchor.kind(), anchor.key(), null);
    }
}
