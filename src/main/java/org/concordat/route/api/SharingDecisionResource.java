package org.concordat.route.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.concordat.route.application.GapDrafts;
import org.concordat.route.application.SharingDecisions;
import org.concordat.route.domain.DecisionDetails;
import org.concordat.route.domain.SharingDecision;
import org.concordat.shared.api.Inputs;
import org.concordat.shared.api.Paging;
import org.concordat.shared.domain.InputRules;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The sharing decision log (golden rule 7). Entries are append-only: a correction is a new entry. The case
 * reference is the case system's; never send a child's name.
 */
@Path("/v1/sharing-decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sharing decisions")
public class SharingDecisionResource {

    @Inject
    SharingDecisions decisions;

    @Inject
    GapDrafts gapDrafts;

    @POST
    @Operation(summary = "Record a decision to share or not to share, with its reasons (PRACTITIONER, IG_LEAD or DPO)")
    public Response record(DecisionDetails input) {
        Inputs.required(input);
        SharingDecisions.DecisionData saved = decisions.record(input);
        return Response.created(URI.create("/api/v1/sharing-decisions/" + saved.id())).entity(saved).build();
    }

    @POST
    @Path("/{id}/corrections")
    @Operation(summary = "Correct an entry: a new entry that points to it; the earlier one is kept, marked corrected")
    public Response correct(@PathParam("id") long id, DecisionDetails input) {
        Inputs.required(input);
        SharingDecisions.DecisionData saved = decisions.correct(id, input);
        return Response.created(URI.create("/api/v1/sharing-decisions/" + saved.id())).entity(saved).build();
    }

    @GET
    @Operation(summary = "scope=mine (default): the caller's own entries; scope=organisation: the organisation's log"
            + " (IG_LEAD or DPO), filtered by decision, recipientOrganisationId, from, to (dates of the decision) and"
            + " caseReference. Newest first, a page at a time: X-Total-Count gives how many match; Link the next and"
            + " previous pages.")
    @APIResponse(responseCode = "200", description = "One page of entries", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = SharingDecisions.DecisionData.class)))
    public Response list(@QueryParam("scope") String scope, @QueryParam("decision") String decision,
                         @QueryParam("recipientOrganisationId") Long recipient,
                         @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("caseReference") String caseReference,
                         @QueryParam("page") @DefaultValue("1") String page,
                         @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) String size, @Context UriInfo uri) {
        if (scope != null && !scope.equals("mine") && !scope.equals("organisation")) {
            throw new InvalidInputException("scope", Messages.text("route.SharingDecisionResource.scopeIsMineOrOrganisation"));
        }
        PageRequest request = Paging.request(page, size);
        if (scope == null || scope.equals("mine")) {
            return Paging.response(decisions.mine(request), uri);
        }
        return Paging.response(decisions.organisationLog(filter(decision, recipient, from, to, caseReference), request), uri);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(summary = "The organisation's log as CSV (IG_LEAD or DPO), with the same filters")
    public Response csv(@QueryParam("decision") String decision, @QueryParam("recipientOrganisationId") Long recipient,
                        @QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("caseReference") String caseReference) {
        return Response.ok(decisions.csv(filter(decision, recipient, from, to, caseReference)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"sharing-decisions.csv\"").build();
    }

    @GET
    @Path("/coverage-gaps")
    @Operation(summary = "Routes checked and not (fully) covered, most frequent first: the agreements the partnership lacks"
            + " (IG_LEAD or DPO: from their organisation; ADMIN: the whole partnership)")
    public List<SharingDecisions.GapData> gaps() {
        return decisions.coverageGaps();
    }

    @GET
    @Path("/coverage-gaps/route")
    @Operation(summary = "One uncovered route from the caller's organisation, with what practitioners asked about on it"
            + " (IG_LEAD)")
    public GapDrafts.GapRoute gapRoute(@QueryParam("toOrganisationId") Long toOrganisationId,
                                       @QueryParam("purpose") String purpose) {
        if (toOrganisationId == null || purpose == null || purpose.isBlank()) {
            throw new InvalidInputException(toOrganisationId == null ? "toOrganisationId" : "purpose",
                    Messages.text("route.SharingDecisionResource.routeRequired"));
        }
        return gapDrafts.route(toOrganisationId, purpose);
    }

    @POST
    @Path("/coverage-gaps/drafts")
    @Operation(summary = "Start a draft agreement for an uncovered route: both organisations as parties, one flow with the"
            + " kinds of people and data chosen from those asked about; the law is left for the author (IG_LEAD)")
    public Response draftFromGap(GapDrafts.Choice input) {
        Inputs.required(input);
        if (input.toOrganisationId() == 0 || input.purpose() == null) {
            throw new InvalidInputException(input.purpose() == null ? "purpose" : "toOrganisationId",
                    Messages.text("route.SharingDecisionResource.routeRequired"));
        }
        GapDrafts.Started started = gapDrafts.start(input);
        return Response.created(URI.create("/api/v1/agreements/versions/" + started.versionId())).entity(started).build();
    }

    private static SharingDecisions.LogFilter filter(String decision, Long recipient, String from, String to, String caseReference) {
        SharingDecision.Kind kind = null;
        if (decision != null && !decision.isBlank()) {
            try {
                kind = SharingDecision.Kind.valueOf(decision);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("decision", Messages.text("route.SharingDecisionResource.decisionIsSharedOrNot"));
            }
        }
        return new SharingDecisions.LogFilter(kind, recipient, date("from", from), date("to", to), caseReference);
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, Messages.text("route.SharingDecisionResource.isADateSuchAs", field));
        }
        String problem = InputRules.dateProblem(date);
        if (problem != null) {
            throw new InvalidInputException(field, problem);
        }
        return date;
    }
}
