package org.concordat.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.concordat.shared.application.CalendarJob;
import org.concordat.shared.domain.Messages;

/** Keeps the change feed to its last week (ChangeFeed.RETENTION): a read model further behind reloads whole. */
@ApplicationScoped
public class ChangeFeedPruning implements CalendarJob {

    private static final Logger LOG = Logger.getLogger(ChangeFeedPruning.class.getName());

    @Inject
    ChangeFeed feed;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return Messages.text("shared.ChangeFeedPruning.changeFeedPruning");
    }

    @Override
    public void runScheduled() {
        int pruned = feed.prune(clock.instant());
        if (pruned > 0) {
            LOG.info(() -> "event=change_feed_pruned changes=" + pruned);
        }
    }
}
