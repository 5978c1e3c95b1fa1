package org.concordat.agreement.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.concordat.agreement.application.AgreementApproval;
import org.concordat.agreement.application.AgreementCalendar;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.application.AgreementDrafting;
import org.concordat.agreement.application.AgreementLifecycle;
import org.concordat.agreement.application.AgreementQueries;
import org.concordat.agreement.domain.AgreementDetails;
import org.concordat.agreement.domain.Decision;
import org.concordat.agreement.domain.FlowDetails;
import org.concordat.agreement.domain.PartyDetails;
import org.concordat.agreement.domain.VersionComparison;
import org.concordat.legal.domain.compliance.ConditionsRecord;
import org.concordat.shared.api.Inputs;
import org.concordat.shared.api.Paging;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.concordat.agreement.application.AgreementFilters;
import org.concordat.shared.domain.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.concordat.shared.domain.MultiLine;

/**
 * Agreements: list, read (with compliance findings), draft. Every change sends the lockVersion it was made to;
 * a stale one answers 409.
 */
@Path("/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements")
public class AgreementResource {

    @Inject
    AgreementQueries queries;

    @Inject
    AgreementDrafting drafting;

    @Inject
    AgreementApproval approval;

    @Inject
    AgreementLifecycle lifecycle;

    @Inject
    AgreementCalendar calendar;

    @Inject
    Clock clock;

    public record TerminationInput(LocalDate date, @MultiLine String reason) {
    }

    public record SubmissionInput(Long lockVersion) {
    }

    public record PublicRegisterInput(Boolean shown) {
    }

    public record DecisionInput(Decision.Kind decision, @MultiLine String comment) {
    }

    public record NewAgreement(Long templateVersionId, String title, @MultiLine String purpose, @MultiLine String benefits,
                               LocalDate effectiveDate, LocalDate reviewDate, LocalDate endDate, List<PartyDetails> parties) {
    }

    public record DetailsInput(Long lockVersion, String title, @MultiLine String purpose, @MultiLine String benefits, LocalDate effectiveDate,
                               LocalDate reviewDate, LocalDate endDate) {
    }

    public record PartiesInput(Long lockVersion, List<PartyDetails> parties) {
    }

    public record AnswersInput(Long lockVersion, @MultiLine Map<String, String> answers) {
    }

    public record FlowInput(Long lockVersion, FlowDetailsJson flow) {
    }

    @Inject
    AgreementFilters filters;

    @GET
    @Operation(summary = "Agreements the caller's organisation leads or is a party to (drafts: the lead's IG leads only),"
            + " a page at a time: searched (q: reference, title, purpose, a party's name, a flow's purpose), filtered"
            + " (status tag, party organisation id, Art 6 basis code, Art 9 condition code), sorted (NEWEST, OLDEST,"
            + " TITLE, REVIEW_BY, CHANGED). X-Total-Count gives how many match; Link gives the next and previous pages.")
    @APIResponse(responseCode = "200", description = "One page of agreements", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = AgreementQueries.AgreementSummary.class)))
    public Response list(@QueryParam("q") String q, @QueryParam("status") String status, @QueryParam("party") String party,
                         @QueryParam("basis") String basis, @QueryParam("condition") String condition,
                         @QueryParam("sort") String sort, @QueryParam("page") @DefaultValue("1") String page,
                         @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) String size, @Context UriInfo uri) {
        PageRequest request = Paging.request(page, size);
        return Paging.response(queries.search(filters.parse(new AgreementFilters.Raw(q, status, party, basis, condition, sort)),
                request), uri);
    }

    @POST
    @Operation(summary = "Draft a new agreement from a published DSA template version (IG_LEAD)")
    public Response create(NewAgreement input) {
        if (input == null || input.templateVersionId() == null) {
            throw new InvalidInputException("templateVersionId", Messages.text("agreement.AgreementResource.chooseTheTemplateVersionTo"));
        }
        AgreementData created = drafting.create(input.templateVersionId(), new AgreementDetails(input.title(),
                input.purpose(), input.benefits(), input.effectiveDate(), input.reviewDate(), input.endDate()), input.parties());
        return Response.created(URI.create("/api/v1/agreements/" + created.agreementId())).entity(json(created)).build();
    }

    @GET
    @Path("/reviews")
    @Operation(summary = "The caller's organisation's approved agreements due for review within 90 days, or overdue")
    public List<AgreementQueries.ReviewItem> reviews() {
        return queries.reviews();
    }

    @POST
    @Path("/calendar-runs")
    @Operation(summary = "Run the daily life cycle now: expire ended agreements, send due review reminders (ADMIN)")
    public AgreementCalendar.RunResult runCalendar() {
        return calendar.runNow();
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every version the caller may see, with who did what and when (the audit trail)")
    public AgreementQueries.History history(@PathParam("id") long id) {
        return queries.history(id);
    }

    @PUT
    @Path("/{id}/public-register")
    @Operation(summary = "List the agreement on the public register while a version is in force, or take it off (lead IG_LEAD)")
    public AgreementJson publicRegister(@PathParam("id") long id, PublicRegisterInput input) {
        if (input == null || input.shown() == null) {
            throw new InvalidInputException("shown", Messages.text("agreement.AgreementResource.sayWhetherTheAgreementIs"));
        }
        return json(lifecycle.showOnPublicRegister(id, input.shown()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The latest version the caller may see, with its compliance findings")
    public AgreementJson latest(@PathParam("id") long id) {
        return json(queries.latest(id));
    }

    @GET
    @Path("/versions/{versionId}")
    @Operation(summary = "One version, with its compliance findings")
    public AgreementJson version(@PathParam("versionId") long versionId) {
        return json(queries.version(versionId));
    }

    @PUT
    @Path("/versions/{versionId}")
    @Operation(summary = "Change a draft's title, purpose, benefits and dates")
    public AgreementJson details(@PathParam("versionId") long versionId, DetailsInput input) {
        Inputs.required(input);
        return json(drafting.updateDetails(versionId, Inputs.version("lockVersion", input.lockVersion()), new AgreementDetails(input.title(),
                input.purpose(), input.benefits(), input.effectiveDate(), input.reviewDate(), input.endDate())));
    }

    @PUT
    @Path("/versions/{versionId}/parties")
    @Operation(summary = "Replace a draft's parties (a party used by a flow cannot be removed)")
    public AgreementJson parties(@PathParam("versionId") long versionId, PartiesInput input) {
        Inputs.required(input);
        return json(drafting.replaceParties(versionId, Inputs.version("lockVersion", input.lockVersion()), input.parties() == null ? List.of() : input.parties()));
    }

    @PUT
    @Path("/versions/{versionId}/answers")
    @Operation(summary = "Replace a draft's section answers, keyed section-key.field-key")
    public AgreementJson answers(@PathParam("versionId") long versionId, AnswersInput input) {
        Inputs.required(input);
        return json(drafting.saveAnswers(versionId, Inputs.version("lockVersion", input.lockVersion()), input.answers() == null ? Map.of() : input.answers()));
    }

    @POST
    @Path("/versions/{versionId}/flows")
    @Operation(summary = "Add a sharing flow to a draft")
    public Response addFlow(@PathParam("versionId") long versionId, FlowInput input) {
        Inputs.required(input);
        return Response.status(201).entity(json(drafting.saveFlow(versionId,
                Inputs.version("lockVersion", input.lockVersion()), null, flow(input)))).build();
    }

    @PUT
    @Path("/versions/{versionId}/flows/{key}")
    @Operation(summary = "Replace a flow of a draft")
    public AgreementJson updateFlow(@PathParam("versionId") long versionId, @PathParam("key") String key, FlowInput input) {
        Inputs.required(input);
        return json(drafting.saveFlow(versionId, Inputs.version("lockVersion", input.lockVersion()), key, flow(input)));
    }

    @POST
    @Path("/versions/{versionId}/flows/{key}/copies")
    @Operation(summary = "Copy a flow of a draft")
    public Response copyFlow(@PathParam("versionId") long versionId, @PathParam("key") String key,
                             @QueryParam("lockVersion") Long lockVersion) {
        return Response.status(201).entity(json(drafting.copyFlow(versionId,
                Inputs.version("lockVersion", lockVersion), key))).build();
    }

    @DELETE
    @Path("/versions/{versionId}/flows/{key}")
    @Operation(summary = "Remove a flow from a draft")
    public AgreementJson removeFlow(@PathParam("versionId") long versionId, @PathParam("key") String key,
                                    @QueryParam("lockVersion") Long lockVersion) {
        return json(drafting.removeFlow(versionId, Inputs.version("lockVersion", lockVersion), key));
    }

    @GET
    @Path("/versions/{versionId}/conditions-record")
    @Operation(summary = "Each controller's record of the Schedule 1 conditions it relies on under this version: the"
            + " condition, how the processing is lawful, and the agreed retention (DPA 2018 Schedule 1 paragraph 41;"
            + " section 42 for law enforcement); IG_LEAD or DPO of an organisation that may see the version")
    public List<ConditionsRecord.ControllerRecord> conditionsRecord(@PathParam("versionId") long versionId) {
        return queries.conditionsRecord(versionId);
    }

    @POST
    @Path("/versions/{versionId}/submission")
    @Operation(summary = "Submit a draft for the parties' approval (lead's IG_LEAD; refused while there are errors)")
    public AgreementJson submit(@PathParam("versionId") long versionId, SubmissionInput input) {
        Inputs.required(input);
        return json(approval.submit(versionId, Inputs.version("lockVersion", input.lockVersion())));
    }

    @POST
    @Path("/versions/{versionId}/decisions")
    @Operation(summary = "A party's signatory approves the submitted version, or asks for changes with a comment")
    public Response decide(@PathParam("versionId") long versionId, DecisionInput input) {
        Inputs.required(input);
        return Response.status(201).entity(json(approval.decide(versionId, input.decision(), input.comment()))).build();
    }

    @GET
    @Path("/{id}/comparison")
    @Operation(summary = "What changed between two versions (by number), field by field: details, parties, flows, sections")
    public List<VersionComparison.Change> compare(@PathParam("id") long id, @QueryParam("from") Integer from,
                                                  @QueryParam("to") Integer to) {
        if (from == null || to == null) {
            throw new InvalidInputException("from", Messages.text("agreement.AgreementResource.giveTheTwoVersionNumbers"));
        }
        return queries.compare(id, from, to);
    }

    @POST
    @Path("/{id}/versions")
    @Operation(summary = "Start an amendment: a new draft version copied from the approved one, which stays in force until it is approved")
    public Response amend(@PathParam("id") long id) {
        return Response.status(201).entity(json(lifecycle.amend(id))).build();
    }

    @POST
    @Path("/versions/{versionId}/termination")
    @Operation(summary = "Terminate an approved agreement, with the date and the reason (lead's IG_LEAD)")
    public AgreementJson terminate(@PathParam("versionId") long versionId, TerminationInput input) {
        Inputs.required(input);
        return json(lifecycle.terminate(versionId, input.date(), input.reason()));
    }

    private static FlowDetails flow(FlowInput input) {
        if (input.flow() == null) {
            throw new InvalidInputException("flow", Messages.text("agreement.AgreementResource.sendTheFlow"));
        }
        return input.flow().details();
    }

    /** The version in the API's shape, with its status tag as of today. */
    private AgreementJson json(AgreementData data) {
        return new AgreementJson(data, LocalDate.now(clock));
    }
}
