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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.concordat.agreement.application.AgreementQueries;
import org.concordat.agreement.application.OutsideSignatories;
import org.concordat.shared.api.Inputs;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Signatories outside Concordat over the API, as on the agreement page: the lead's IG leads name one for any party of a
 * draft or submitted version, a party's own IG leads for theirs once submitted. Naming while submitted sends the link.
 */
@Path("/v1/agreements/versions/{versionId}/outside-signatories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements")
public class OutsideSignatoryResource {

    private static final Map<String, String> API_FIELDS = Map.of("signatoryName", "fullName", "signatoryRole", "jobRole",
            "signatoryEmail", "email");

    @Inject
    OutsideSignatories signatories;

    @Inject
    AgreementQueries queries;

    /** A person named to decide for a party without an account. */
    public record SignatoryInput(String fullName, String jobRole, String email) {
    }

    /** A party and its outside signatory (name, role and address empty when none is named) and where its link stands. */
    public record SlotJson(long organisationId, String partyKey, String organisationName, boolean mayName, String fullName,
                           String jobRole, String email, OutsideSignatories.LinkStatus link) {
        static SlotJson of(OutsideSignatories.Slot s) {
            return new SlotJson(s.organisationId(), s.partyKey(), s.organisationName(), s.mayName(), s.fullName(),
                    s.jobRole(), s.email(), s.link());
        }
    }

    @GET
    @Operation(summary = "The version's parties and their outside signatories (IG_LEAD; empty for anyone else)")
    public List<SlotJson> list(@PathParam("versionId") long versionId) {
        queries.version(versionId);
        return slots(versionId);
    }

    @PUT
    @Path("/{organisationId}")
    @Operation(summary = "Name or replace a party's outside signatory (IG_LEAD); while submitted, a new link is sent at once")
    public List<SlotJson> name(@PathParam("versionId") long versionId, @PathParam("organisationId") long organisationId,
                               SignatoryInput input) {
        Inputs.required(input);
        try {
            signatories.name(versionId, organisationId, input.fullName(), input.jobRole(), input.email());
        } catch (InvalidInputException e) {
            // The page's field names, said as this input's
            throw new InvalidInputException(e.errors().stream().map(f -> new FieldError(API_FIELDS.getOrDefault(f.field(),
                    f.field()), f.message())).toList());
        }
        return slots(versionId);
    }

    @POST
    @Path("/{organisationId}/links")
    @Operation(summary = "Send the party's outside signatory a new link; the earlier one stops working (IG_LEAD, submitted)")
    public Response resend(@PathParam("versionId") long versionId, @PathParam("organisationId") long organisationId) {
        signatories.resend(versionId, organisationId);
        return Response.accepted(slots(versionId)).build();
    }

    @DELETE
    @Path("/{organisationId}")
    @Operation(summary = "Remove a party's outside signatory; a link already sent stops working (IG_LEAD)")
    public List<SlotJson> remove(@PathParam("versionId") long versionId, @PathParam("organisationId") long organisationId) {
        signatories.remove(versionId, organisationId);
        return slots(versionId);
    }

    private List<SlotJson> slots(long versionId) {
        return signatories.slots(versionId).stream().map(SlotJson::of).toList();
    }
}
