package org.concordat.work.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.concordat.shared.domain.StatusTag;
import org.concordat.work.application.MyWork;
import org.concordat.work.domain.Work;
import org.concordat.work.domain.WorkItem;
import org.concordat.work.domain.WorkQueue;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What needs the caller: the home page's queues, for the caller's roles and organisation only. */
@Path("/v1/me/work")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Work")
public class MyWorkResource {

    @Inject
    MyWork myWork;

    /** The caller's work: every queue of their roles, empty ones too, each with its count and first items. */
    public record WorkJson(boolean checksRoutes, boolean nothingNeedsYou, List<WorkQueueJson> queues) {
    }

    /**
     * A queue: its code, heading, how many in all, the web page with the whole list, and the first items.
     */
    public record WorkQueueJson(String kind, String label, long count, String listPage, List<WorkItemJson> items) {
    }

    /**
     * An item: what it is about, the other organisation where there is one, the date the queue is ordered by, the
     * web page where it is done, and the status tag its queue gives it.
     */
    public record WorkItemJson(long id, String reference, String title, Long organisationId, String organisation,
                           LocalDate date, long times, String code, String page, String tag, String tagLabel) {
    }

    @GET
    @Operation(summary = "What needs the caller today, by role: approvals awaiting their organisation's decision, changes"
            + " requested, drafts, reviews due and overdue, agreements ending, DPIAs awaiting DPO advice, coverage gaps,"
            + " people not signed in; a practitioner's recent decisions. The caller's organisation only.")
    public WorkJson mine() {
        Work work = myWork.mine();
        return new WorkJson(work.checksRoutes(), work.isNothingNeedsYou(),
                work.queues().stream().map(MyWorkResource::queue).toList());
    }

    private static WorkQueueJson queue(WorkQueue q) {
        StatusTag tag = q.kind().tag();
        return new WorkQueueJson(q.kind().name(), q.label(), q.count(), q.kind().listPage(), q.items().stream()
                .map(i -> item(i, tag)).toList());
    }

    private static WorkItemJson item(WorkItem i, StatusTag tag) {
        return new WorkItemJson(i.id(), i.reference(), i.title(), i.organisationId(), i.organisation(), i.date(), i.times(),
                i.code(), i.href(), tag == null ? null : tag.name(), tag == null ? null : tag.label());
    }
}
