package org.concordat.dpia.api;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.concordat.dpia.application.DpiaCalendar;
import org.concordat.dpia.application.DpiaData;
import org.concordat.dpia.application.DpiaDrafting;
import org.concordat.dpia.application.DpiaQueries;
import org.concordat.dpia.application.DpiaSignOff;
import org.concordat.dpia.domain.DpiaComparison;
import org.concordat.dpia.domain.DpoAdviceDecision;
import org.concordat.dpia.domain.MeasureDetails;
import org.concordat.dpia.domain.RiskDetails;
import org.concordat.dpia.domain.IcoAdviceDetails;
import org.concordat.dpia.domain.SignOffDetails;
import org.concordat.shared.api.Inputs;
import org.concordat.shared.api.Paging;
import org.concordat.shared.domain.PageRequest;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.concordat.shared.domain.MultiLine;

/**
 * DPIAs: list, read, draft (screening, step answers, risks, measures), the DPO's advice, sign-off, new versions,
 * comparison and links to agreements; reviews due and the review reminders' run. Every change to a version sends the lockVersion it was made to; a stale one
 * answers 409.
 */
@Path("/v1/dpias")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "DPIAs")
public class DpiaResource {

    @Inject
    DpiaQueries queries;

    @Inject
    DpiaDrafting drafting;

    @Inject
    DpiaSignOff signOff;

    @Inject
    DpiaCalendar calendar;

    public record NewDpia(Long templateVersionId, String title, List<Long> agreementIds) {
    }

    public record TitleInput(Long lockVersion, String title) {
    }

    public record ScreeningInput(Long lockVersion, Map<String, Boolean> answers) {
    }

    public record AnswersInput(Long lockVersion, @MultiLine Map<String, String> answers) {
    }

    public record RiskInput(Long lockVersion, RiskDetails risk) {
    }

    public record MeasureInput(Long lockVersion, MeasureDetails measure) {
    }

    public record LockInput(Long lockVersion) {
    }

    public record DpoAdviceInput(Long lockVersion, @MultiLine String advice, @MultiLine String summary) {
    }

    public record SignOffInput(Long lockVersion, String measuresApprovedBy, String residualRisksApprovedBy,
                               DpoAdviceDecision dpoAdviceDecision, String dpoAdviceDecidedBy, @MultiLine String overruleReasons,
                               String consultationReviewedBy, @MultiLine String consultationNotes, String keptUnderReviewBy,
                               LocalDate reviewDate) {
    }

    public record IcoAdviceInput(Long lockVersion, String reference, LocalDate receivedOn, @MultiLine String advice,
                                 @MultiLine String howFollowed) {
    }

    @GET
    @Operation(summary = "DPIAs the caller's organisation leads or takes part in through a linked agreement"
            + " (drafts: the lead's IG leads and DPOs only), a page at a time: ?agreementId= keeps those linked to one"
            + " agreement; q searches the reference, title and lead organisation; status filters by status tag; sort is"
            + " NEWEST, OLDEST, TITLE, REVIEW_BY or CHANGED. X-Total-Count gives how many match; Link the next and"
            + " previous pages.")
    @APIResponse(responseCode = "200", description = "One page of DPIAs", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = DpiaQueries.DpiaSummary.class)))
    public Response list(@QueryParam("agreementId") String agreementId, @QueryParam("q") String q,
                         @QueryParam("status") String status, @QueryParam("sort") String sort,
                         @QueryParam("page") @DefaultValue("1") String page,
                         @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) String size, @Context UriInfo uri) {
        PageRequest request = Paging.request(page, size);
        return Paging.response(queries.search(queries.filter(q, status, agreementId, sort), request), uri);
    }

    @POST
    @Operation(summary = "Start a DPIA from a published DPIA template version, optionally linked to agreements whose flows"
            + " pre-fill the description of the processing (IG_LEAD or DPO)")
    public Response create(NewDpia input) {
        Inputs.required(input);
        if (input.templateVersionId() == null) {
            throw new InvalidInputException("templateVersionId", Messages.text("dpia.DpiaResource.chooseTheDpiaTemplateVersion"));
        }
        DpiaData created = drafting.create(input.templateVersionId(), input.title(), input.agreementIds());
        return Response.created(URI.create("/api/v1/dpias/" + created.dpiaId())).entity(created).build();
    }

    @GET
    @Path("/reviews")
    @Operation(summary = "DPIAs the caller's organisation leads or takes part in whose current (latest signed-off) version"
            + " is due for review within 90 days, or overdue")
    public List<DpiaQueries.ReviewItem> reviews() {
        return queries.reviews();
    }

    @POST
    @Path("/calendar-runs")
    @Operation(summary = "Send the due DPIA review reminders now, each once (ADMIN)")
    public DpiaCalendar.RunResult runCalendar() {
        return calendar.runNow();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The newest version the caller may see, with its screening outcome, risks, heat maps and sign-off")
    public DpiaData latest(@PathParam("id") long id) {
        return queries.latest(id);
    }

    @GET
    @Path("/versions/{versionId}")
    @Operation(summary = "One version of a DPIA")
    public DpiaData version(@PathParam("versionId") long versionId) {
        return queries.version(versionId);
    }

    @PUT
    @Path("/versions/{versionId}")
    @Operation(summary = "Change a draft's title")
    public DpiaData rename(@PathParam("versionId") long versionId, TitleInput input) {
        Inputs.required(input);
        return drafting.rename(versionId, Inputs.version("lockVersion", input.lockVersion()), input.title());
    }

    @PUT
    @Path("/versions/{versionId}/screening")
    @Operation(summary = "Answer every screening question (question key → true for yes, false for no); the outcome"
            + " (REQUIRED, RECOMMENDED, NOT_REQUIRED) and its reasons follow from the template's high-risk indicators")
    public DpiaData screening(@PathParam("versionId") long versionId, ScreeningInput input) {
        Inputs.required(input);
        return drafting.answerScreening(versionId, Inputs.version("lockVersion", input.lockVersion()), input.answers());
    }

    @PUT
    @Path("/versions/{versionId}/answers")
    @Operation(summary = "Replace a draft's answers to the template's steps, keyed section-key.field-key")
    public DpiaData answers(@PathParam("versionId") long versionId, AnswersInput input) {
        Inputs.required(input);
        return drafting.saveAnswers(versionId, Inputs.version("lockVersion", input.lockVersion()), input.answers());
    }

    @POST
    @Path("/versions/{versionId}/risks")
    @Operation(summary = "Add a risk (source, impact on individuals, likelihood REMOTE/POSSIBLE/PROBABLE, severity"
            + " MINIMAL/SIGNIFICANT/SEVERE); the overall risk comes from the template's matrix")
    public Response addRisk(@PathParam("versionId") long versionId, RiskInput input) {
        Inputs.required(input);
        return Response.status(201).entity(drafting.saveRisk(versionId, Inputs.version("lockVersion", input.lockVersion()),
                null, input.risk())).build();
    }

    @PUT
    @Path("/versions/{versionId}/risks/{key}")
    @Operation(summary = "Replace a risk of a draft")
    public DpiaData updateRisk(@PathParam("versionId") long versionId, @PathParam("key") String key, RiskInput input) {
        Inputs.required(input);
        return drafting.saveRisk(versionId, Inputs.version("lockVersion", input.lockVersion()), key, input.risk());
    }

    @DELETE
    @Path("/versions/{versionId}/risks/{key}")
    @Operation(summary = "Remove a risk, and its measures, from a draft")
    public DpiaData removeRisk(@PathParam("versionId") long versionId, @PathParam("key") String key,
                               @QueryParam("lockVersion") Long lockVersion) {
        return drafting.removeRisk(versionId, Inputs.version("lockVersion", lockVersion), key);
    }

    @POST
    @Path("/versions/{versionId}/risks/{key}/measures")
    @Operation(summary = "Add a measure against a risk (effect ELIMINATED/REDUCED/ACCEPTED, residual likelihood and"
            + " severity, approved, owner, due date); the residual risk comes from the matrix")
    public Response addMeasure(@PathParam("versionId") long versionId, @PathParam("key") String riskKey, MeasureInput input) {
        Inputs.required(input);
        return Response.status(201).entity(drafting.saveMeasure(versionId, Inputs.version("lockVersion", input.lockVersion()),
                riskKey, null, input.measure())).build();
    }

    @PUT
    @Path("/versions/{versionId}/measures/{key}")
    @Operation(summary = "Replace a measure of a draft")
    public DpiaData updateMeasure(@PathParam("versionId") long versionId, @PathParam("key") String key, MeasureInput input) {
        Inputs.required(input);
        return drafting.saveMeasure(versionId, Inputs.version("lockVersion", input.lockVersion()), null, key, input.measure());
    }

    @DELETE
    @Path("/versions/{versionId}/measures/{key}")
    @Operation(summary = "Remove a measure from a draft")
    public DpiaData removeMeasure(@PathParam("versionId") long versionId, @PathParam("key") String key,
                                  @QueryParam("lockVersion") Long lockVersion) {
        return drafting.removeMeasure(versionId, Inputs.version("lockVersion", lockVersion), key);
    }

    @POST
    @Path("/versions/{versionId}/dpo-advice-request")
    @Operation(summary = "Ask for the DPO's advice on a complete draft, which is then frozen (the lead's IG_LEAD or DPO)")
    public DpiaData requestDpoAdvice(@PathParam("versionId") long versionId, LockInput input) {
        Inputs.required(input);
        return signOff.requestDpoAdvice(versionId, Inputs.version("lockVersion", input.lockVersion()));
    }

    @POST
    @Path("/versions/{versionId}/dpo-advice")
    @Operation(summary = "Record the DPO's advice and its summary (a DPO of the lead organisation only; UK GDPR Article 35(2))")
    public DpiaData dpoAdvice(@PathParam("versionId") long versionId, DpoAdviceInput input) {
        Inputs.required(input);
        return signOff.giveDpoAdvice(versionId, Inputs.version("lockVersion", input.lockVersion()), input.advice(), input.summary());
    }

    @POST
    @Path("/versions/{versionId}/sign-off")
    @Operation(summary = "Sign the version off (a SIGNATORY of the lead organisation): COMPLETED, or PRIOR_CONSULTATION_REQUIRED"
            + " when a high residual risk is accepted (UK GDPR Article 36)")
    public DpiaData signOff(@PathParam("versionId") long versionId, SignOffInput input) {
        Inputs.required(input);
        return signOff.signOff(versionId, Inputs.version("lockVersion", input.lockVersion()), new SignOffDetails(
                input.measuresApprovedBy(), input.residualRisksApprovedBy(), input.dpoAdviceDecision(), input.dpoAdviceDecidedBy(),
                input.overruleReasons(), input.consultationReviewedBy(), input.consultationNotes(), input.keptUnderReviewBy(),
                input.reviewDate()));
    }

    @POST
    @Path("/versions/{versionId}/ico-advice")
    @Operation(summary = "Record the ICO's written advice after a prior consultation and how it was followed (a DPO or"
            + " SIGNATORY of the lead organisation; UK GDPR Article 36(2)): a version awaiting prior consultation is then"
            + " COMPLETED")
    public DpiaData icoAdvice(@PathParam("versionId") long versionId, IcoAdviceInput input) {
        Inputs.required(input);
        return signOff.recordIcoAdvice(versionId, Inputs.version("lockVersion", input.lockVersion()), new IcoAdviceDetails(
                input.reference(), input.receivedOn(), input.advice(), input.howFollowed()));
    }

    @POST
    @Path("/versions/{versionId}/return-to-draft")
    @Operation(summary = "Return a version awaiting the DPO's advice or sign-off to its authors (the lead's IG_LEAD or DPO)")
    public DpiaData returnToDraft(@PathParam("versionId") long versionId, LockInput input) {
        Inputs.required(input);
        return signOff.returnToDraft(versionId, Inputs.version("lockVersion", input.lockVersion()));
    }

    @POST
    @Path("/{id}/versions")
    @Operation(summary = "Start a new version: a draft copied from the signed-off latest one")
    public Response newVersion(@PathParam("id") long id) {
        return Response.status(201).entity(drafting.newVersion(id)).build();
    }

    @GET
    @Path("/{id}/comparison")
    @Operation(summary = "What changed between two versions (by number), field by field: title, screening, steps, risks, measures")
    public List<DpiaComparison.Change> compare(@PathParam("id") long id, @QueryParam("from") Integer from,
                                               @QueryParam("to") Integer to) {
        if (from == null || to == null) {
            throw new InvalidInputException("from", Messages.text("dpia.DpiaResource.giveTheTwoVersionNumbers"));
        }
        return queries.compare(id, from, to);
    }

    @PUT
    @Path("/{id}/agreements/{agreementId}")
    @Operation(summary = "Link the DPIA to an agreement the caller can see; a draft's description of the processing is"
            + " filled from the agreement's flows where still blank (the lead's IG_LEAD or DPO)")
    public DpiaData link(@PathParam("id") long id, @PathParam("agreementId") long agreementId) {
        return drafting.link(id, agreementId);
    }

    @DELETE
    @Path("/{id}/agreements/{agreementId}")
    @Operation(summary = "Unlink the DPIA from an agreement (the lead's IG_LEAD or DPO)")
    public DpiaData unlink(@PathParam("id") long id, @PathParam("agreementId") long agreementId) {
        return drafting.unlink(id, agreementId);
    }
}
