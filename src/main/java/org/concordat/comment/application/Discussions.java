package org.concordat.comment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.application.AgreementQueries;
import org.concordat.comment.domain.Anchor;
import org.concordat.comment.domain.AnchorKind;
import org.concordat.comment.domain.CommentThread;
import org.concordat.comment.domain.CommentThreadRepository;
import org.concordat.comment.domain.DiscussionPolicy;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.Role;
import org.concordat.shared.domain.StatusTag;
import org.concordat.template.application.TemplateLibrary;
import org.concordat.template.domain.SectionSpec;

/**
 * Reading a version's discussion. Who may: the IG leads and signatories of the organisations that see the version —
 * a draft its lead's IG leads only, a submitted or later version every party's (the agreement feature decides who sees
 * a version, and answers "not found" to anyone else). Anyone without either role is refused.
 */
@ApplicationScoped
@Transactional
public class Discussions {

    @Inject
    AgreementQueries agreements;

    @Inject
    TemplateLibrary templates;

    @Inject
    CommentThreadRepository threads;

    @Inject
    AccessGuard guard;

    @Inject
    Clock clock;

    /** The version's discussion, for the IG leads and signatories who see it. */
    public DiscussionData discussion(long versionId) {
        guard.requireAny(Messages.text("comment.Discussions.readComments"), Role.IG_LEAD, Role.SIGNATORY);
        AgreementData version = agreements.version(versionId);
        return data(version, anchors(version));
    }

    /** One thread of the version, for the IG leads and signatories who see the version. */
    public DiscussionData.ThreadData thread(long versionId, long threadId) {
        return discussion(versionId).threads().stream().filter(t -> t.id() == threadId).findFirst()
                .orElseThrow(() -> new org.concordat.shared.domain.NotFoundException(
                        Messages.text("comment.Commenting.thread", threadId)));
    }

    /**
     * How many of the version's threads are open, for a link beside it; empty for a caller without the roles that
     * read comments (nothing is refused: the link is simply not shown).
     */
    public OptionalLong openThreads(long versionId) {
        Caller caller = guard.signedIn();
        if (!caller.has(Role.IG_LEAD) && !caller.has(Role.SIGNATORY)) {
            return OptionalLong.empty();
        }
        agreements.version(versionId);
        return OptionalLong.of(threads.openCounts(List.of(versionId)).getOrDefault(versionId, 0L));
    }

    DiscussionData data(AgreementData version, List<DiscussionData.AnchorOption> anchors) {
        Map<String, String> about = anchors.stream().collect(Collectors.toMap(DiscussionData.AnchorOption::value,
                DiscussionData.AnchorOption::label, (a, b) -> a));
        List<DiscussionData.ThreadData> list = threads.forVersion(version.versionId()).stream()
                .map(t -> thread(t, about)).toList();
        StatusTag tag = version.tag(LocalDate.now(clock));
        boolean open = DiscussionPolicy.open(version.status());
        return new DiscussionData(version.versionId(), version.agreementId(), version.reference(), version.title(),
                version.number(), version.status(), tag, tag.label(), open, DiscussionPolicy.closedReason(version.status()),
                anchors, list, list.stream().filter(t -> t.status() == org.concordat.comment.domain.ThreadStatus.OPEN).count());
    }

    static DiscussionData.ThreadData thread(CommentThread t, Map<String, String> about) {
        Anchor anchor = t.anchor();
        String value = new DiscussionData.AnchorOption(anchor.kind(), anchor.key(), null).value();
        return new DiscussionData.ThreadData(t.getId(), anchor.kind(), anchor.key(), about.getOrDefault(value, anchor.key()),
                t.getStatus(), t.getStartedAt(), t.getResolvedByName(), t.getResolvedAt(), t.getLockVersion(),
                t.getComments().stream().map(c -> new DiscussionData.CommentData(c.getId(), c.getAuthorName(),
                        c.getAuthorOrganisationName(), c.getText(), c.getWrittenAt())).toList());
    }

    /** The whole version, then its template's sections in order, then its flows, each named for people in their language. */
    List<DiscussionData.AnchorOption> anchors(AgreementData version) {
        List<DiscussionData.AnchorOption> anchors = new ArrayList<>();
        anchors.add(new DiscussionData.AnchorOption(AnchorKind.VERSION, null, Messages.text("comment.Discussions.wholeAgreement")));
        for (SectionSpec section : templates.readerContent(templates.version(version.templateVersionId())).sections()) {
            anchors.add(new DiscussionData.AnchorOption(AnchorKind.SECTION, section.key(),
                    Messages.text("comment.Discussions.section", section.title())));
        }
        Map<String, String> parties = version.parties().stream()
                .collect(Collectors.toMap(AgreementData.PartyData::key, AgreementData.PartyData::organisationName, (a, b) -> a));
        for (AgreementData.FlowData flow : version.flows()) {
            anchors.add(new DiscussionData.AnchorOption(AnchorKind.FLOW, flow.key(), Messages.text(
                    flow.details().bothWays() ? "comment.Discussions.flowBothWays" : "comment.Discussions.flow",
                    // "Flow 1", as the agreement page's flows table names it (the key F1 stays in the API's anchor)
                    flow.key().startsWith("F") ? flow.key().substring(1) : flow.key(),
                    parties.getOrDefault(flow.details().sender(), flow.details().sender()),
                    parties.getOrDefault(flow.details().recipient(), flow.details().recipient()))));
        }
        return anchors;
    }
}
