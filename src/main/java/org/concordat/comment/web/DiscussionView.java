package org.concordat.comment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.concordat.comment.application.Commenting;
import org.concordat.comment.application.DiscussionData;
import org.concordat.comment.application.Discussions;
import org.concordat.comment.domain.AnchorKind;
import org.concordat.comment.domain.CommentText;
import org.concordat.comment.domain.ThreadStatus;
import org.concordat.shared.web.Feedback;

/**
 * A version's comments ({@code /app/agreement-discussion.xhtml?version=}): every thread, open first, with a form to
 * start one; with {@code &thread=} one thread on its own, with its reply form and the button to resolve or reopen it.
 * Each change redirects back (so a refresh sends nothing twice) with a confirmation at the top.
 */
@Named
@ViewScoped
public class DiscussionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Discussions discussions;

    @Inject
    Commenting commenting;

    private Long version;
    private Long thread;
    private DiscussionData discussion;
    private DiscussionData.ThreadData current;
    private String anchor;
    private String text;
    private String reply;

    public void load() {
        if (version == null || discussion != null) {
            return;
        }
        discussion = discussions.discussion(version);
        if (thread != null) {
            current = discussion.threads().stream().filter(t -> t.id() == thread).findFirst()
                    .orElseThrow(() -> new org.concordat.shared.domain.NotFoundException(Feedback.text("discussion.noSuchThread")));
        }
    }

    public String start() {
        try {
            AnchorKind kind = null;
            String key = null;
            if (anchor != null && !anchor.isBlank()) {
                int colon = anchor.indexOf(':');
                String name = colon < 0 ? anchor : anchor.substring(0, colon);
                // An option the page never offered (a hand-made request) is no choice at all: "choose what it is about".
                kind = java.util.Arrays.stream(AnchorKind.values()).filter(k -> k.name().equals(name)).findFirst().orElse(null);
                key = colon < 0 ? null : anchor.substring(colon + 1);
            }
            DiscussionData.ThreadData started = commenting.start(version, new Commenting.StartThread(kind, key, text));
            Feedback.infoAfterRedirect(Feedback.text("discussion.added"));
            return "/app/agreement-discussion?faces-redirect=true&version=" + version + "&thread=" + started.id();
        } catch (RuntimeException e) {
            Feedback.show("comment", e);
            return null;
        }
    }

    public String reply() {
        try {
            commenting.reply(version, current.id(), reply);
            Feedback.infoAfterRedirect(Feedback.text("discussion.replyAdded"));
            return here();
        } catch (RuntimeException e) {
            Feedback.show("reply", e);
            return null;
        }
    }

    public String resolve() {
        try {
            commenting.resolve(version, current.id());
            Feedback.infoAfterRedirect(Feedback.text("discussion.resolvedMessage"));
            return "/app/agreement-discussion?faces-redirect=true&version=" + version;
        } catch (RuntimeException e) {
            Feedback.show("status", e);
            return null;
        }
    }

    public String reopen() {
        try {
            commenting.reopen(version, current.id());
            Feedback.infoAfterRedirect(Feedback.text("discussion.reopenedMessage"));
            return here();
        } catch (RuntimeException e) {
            Feedback.show("status", e);
            return null;
        }
    }

    private String here() {
        return "/app/agreement-discussion?faces-redirect=true&version=" + version + "&thread=" + current.id();
    }

    /** Open threads, or resolved ones, in the order they were started. */
    public java.util.List<DiscussionData.ThreadData> threads(boolean open) {
        return discussion.threads().stream().filter(t -> (t.status() == ThreadStatus.OPEN) == open).toList();
    }

    public int getMaxLength() {
        return CommentText.MAX_LENGTH;
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public Long getThread() { return thread; }
    public void setThread(Long thread) { this.thread = thread; }
    public DiscussionData getDiscussion() { return discussion; }
    public DiscussionData.ThreadData getCurrent() { return current; }
    public String getAnchor() { return anchor; }
    public void setAnchor(String anchor) { this.anchor = anchor; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getReply() { return reply; }
    public void setReply(String reply) { this.reply = reply; }
}
