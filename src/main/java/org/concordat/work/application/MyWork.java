package org.concordat.work.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.Role;
import org.concordat.work.domain.Work;
import org.concordat.work.domain.WorkItem;
import org.concordat.work.domain.WorkKind;
import org.concordat.work.domain.WorkNames;
import org.concordat.work.domain.WorkPlan;
import org.concordat.work.domain.WorkQueue;
import org.concordat.work.domain.WorkQueues;

/**
 * What needs the signed-in person today: the queues of their roles, read for their own organisation only (and a
 * practitioner's decisions for themselves only), each with its count and first {@value WorkPlan#SHOWN} items, names
 * resolved and each item linked to where it is done.
 */
@ApplicationScoped
public class MyWork {

    @Inject
    AccessGuard guard;

    @Inject
    WorkQueues queues;

    @Inject
    WorkNames names;

    @Inject
    Clock clock;

    public Work mine() {
        Caller caller = guard.signedIn();
        WorkQueues.Scope scope = new WorkQueues.Scope(caller.organisationId(), caller.userId(), LocalDate.now(clock));
        Map<Long, String> organisations = new HashMap<>();
        List<WorkQueue> read = new ArrayList<>();
        for (WorkKind kind : WorkPlan.kinds(caller.roles())) {
            WorkQueues.Rows rows = queues.read(kind, scope, WorkPlan.SHOWN);
            List<WorkItem> items = rows.items().stream().sorted(kind.order().comparator()).limit(WorkPlan.SHOWN)
                    .map(i -> named(kind, i, organisations, caller.has(Role.IG_LEAD))).toList();
            read.add(new WorkQueue(kind, Math.max(rows.count(), items.size()), items));
        }
        return new Work(read, caller.has(Role.PRACTITIONER));
    }

    private WorkItem named(WorkKind kind, WorkItem item, Map<Long, String> organisations, boolean drafter) {
        String organisation = item.organisationId() == null ? item.organisation()
                : organisations.computeIfAbsent(item.organisationId(), names::organisation);
        boolean purposeTitled = kind == WorkKind.COVERAGE_GAPS || kind == WorkKind.RECENT_DECISIONS;
        // A gap's and a decision's title is read as the purpose's code, and shown as its title in the catalogue.
        String title = purposeTitled && item.title() != null ? names.purpose(item.title()) : item.title();
        // An IG lead's gap to an organisation of the partnership is done by drafting an agreement for the route.
        if (kind == WorkKind.COVERAGE_GAPS && drafter && item.organisationId() != null && item.code() != null) {
            return item.named(organisation, title, "/app/gap-draft.xhtml?to=" + item.organisationId() + "&purpose="
                    + java.net.URLEncoder.encode(item.code(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return item.named(organisation, title, kind.itemPage(item.id()));
    }
}
