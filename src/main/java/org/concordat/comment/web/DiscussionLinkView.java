package org.concordat.comment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.concordat.comment.application.Discussions;

/**
 * The link to a version's comments with its count of open threads, for the agreement and history pages: shown to
 * the IG leads and signatories who see the version, read once per version and request.
 */
@Named
@RequestScoped
public class DiscussionLinkView {

    @Inject
    Discussions discussions;

    private final Map<Long, OptionalLong> counts = new HashMap<>();

    /** Whether the signed-in person reads the version's comments. */
    public boolean shown(long versionId) {
        return count(versionId).isPresent();
    }

    /** How many of its threads are open. */
    public long open(long versionId) {
        return count(versionId).orElse(0);
    }

    private OptionalLong count(long versionId) {
        return counts.computeIfAbsent(versionId, discussions::openThreads);
    }
}
