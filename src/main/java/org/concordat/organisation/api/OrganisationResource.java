package org.concordat.organisation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.concordat.shared.api.Paging;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.ListParameters;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.organisation.application.RegisterOrganisation;
import org.concordat.organisation.application.UpdateOrganisation;
import org.concordat.shared.api.ActiveInput;
import org.concordat.shared.api.Inputs;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The partnership's organisations: a directory for everyone, maintained by administrators and IG leads. */
@Path("/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
public class OrganisationResource {

    @Inject
    OrganisationQueries queries;

    @Inject
    RegisterOrganisation register;

    @Inject
    UpdateOrganisation update;

    @GET
    @Operation(summary = "Search organisations by name (deactivated ones only for ADMIN, with includeInactive), a page at a"
            + " time (page from 1, size up to 500; X-Total-Count and Link headers)")
    @APIResponse(responseCode = "200", description = "One page of organisations", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = OrganisationJson.class)))
    public Response list(@QueryParam("q") String text, @QueryParam("includeInactive") boolean includeInactive,
                         @QueryParam("page") @DefaultValue("1") String page,
                         @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) String size, @Context UriInfo uri) {
        String q = ListParameters.searchText(text);
        return Paging.response(queries.search(q, includeInactive, Paging.request(page, size)).map(OrganisationJson::of), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One organisation")
    public OrganisationJson get(@PathParam("id") long id) {
        return OrganisationJson.of(queries.get(id));
    }

    @POST
    @Operation(summary = "Add an organisation (ADMIN)")
    public Response create(OrganisationInput input) {
        OrganisationData created = register.register(Inputs.required(input).details());
        return Response.created(URI.create("/api/v1/organisations/" + created.id()))
                .entity(OrganisationJson.of(created)).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Edit an organisation (ADMIN; IG_LEAD of that organisation). Send the version you read: a newer one answers 409.")
    public OrganisationJson update(@PathParam("id") long id, OrganisationInput input) {
        return OrganisationJson.of(update.update(id, Inputs.version("version", Inputs.required(input).version()), input.details()));
    }

    @PUT
    @Path("/{id}/active")
    @Operation(summary = "Deactivate or reactivate an organisation (ADMIN)")
    public OrganisationJson setActive(@PathParam("id") long id, ActiveInput input) {
        if (input == null || input.active() == null) {
            throw new InvalidInputException("active", Messages.text("organisation.OrganisationResource.sayWhetherTheOrganisationIs"));
        }
        return OrganisationJson.of(update.setActive(id, Inputs.version("version", input.version()), input.active()));
    }
}
