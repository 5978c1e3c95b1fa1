package org.concordat.security.api;

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
import org.concordat.shared.domain.ListParameters;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.concordat.security.application.ManageUsers;
import org.concordat.security.application.UserQueries;
import org.concordat.shared.api.ActiveInput;
import org.concordat.shared.api.Inputs;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Users: administrators manage everyone; IG leads read their own organisation's people. */
@Path("/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UserResource {

    @Inject
    UserQueries queries;

    @Inject
    ManageUsers manage;

    /** A new user and the one-time password to hand over; it is not shown again. */
    public record CreatedUserJson(UserJson user, String oneTimePassword) {
    }

    @GET
    @Operation(summary = "List users (ADMIN: all, optionally of one organisation; IG_LEAD: own organisation), by name, a"
            + " page at a time (page from 1, size up to 500; X-Total-Count and Link headers)")
    @APIResponse(responseCode = "200", description = "One page of users", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = UserJson.class)))
    public Response list(@QueryParam("q") String text, @QueryParam("organisationId") Long organisationId,
                         @QueryParam("includeInactive") boolean includeInactive,
                         @QueryParam("page") @DefaultValue("1") String page,
                         @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) String size, @Context UriInfo uri) {
        String q = ListParameters.searchText(text);
        return Paging.response(queries.search(q, organisationId, includeInactive, Paging.request(page, size)).map(UserJson::of), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One user (ADMIN; IG_LEAD of the same organisation; the user themselves)")
    public UserJson get(@PathParam("id") long id) {
        return UserJson.of(queries.get(id));
    }

    @POST
    @Operation(summary = "Add a user (ADMIN). The response carries a one-time password, shown only once.")
    public Response create(UserInput input) {
        ManageUsers.CreatedUser created = manage.create(Inputs.required(input).details());
        return Response.created(URI.create("/api/v1/users/" + created.user().id()))
                .entity(new CreatedUserJson(UserJson.of(created.user()), created.oneTimePassword())).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Edit a user (ADMIN). Send the version you read: a newer one answers 409.")
    public UserJson update(@PathParam("id") long id, UserInput input) {
        return UserJson.of(manage.update(id, Inputs.version("version", Inputs.required(input).version()), input.details()));
    }

    @PUT
    @Path("/{id}/active")
    @Operation(summary = "Deactivate or reactivate a user (ADMIN)")
    public UserJson setActive(@PathParam("id") long id, ActiveInput input) {
        if (input == null || input.active() == null) {
            throw new InvalidInputException("active", Messages.text("security.UserResource.sayWhetherTheUserIs"));
        }
        return UserJson.of(manage.setActive(id, Inputs.version("version", input.version()), input.active()));
    }
}
