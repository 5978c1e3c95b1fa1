package org.concordat.security.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.concordat.security.application.ApiTokens;
import org.concordat.security.application.UserQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller themselves and their API tokens. */
@Path("/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MeResource {

    @Inject
    UserQueries users;

    @Inject
    ApiTokens tokens;

    public record TokenRequest(String name, Integer validForDays) {
    }

    @GET
    @Operation(summary = "Who the token belongs to: user, organisation, roles")
    public UserJson me() {
        return UserJson.of(users.me());
    }

    @GET
    @Path("/tokens")
    @Operation(summary = "The caller's API tokens (never the tokens themselves)")
    public List<ApiTokens.TokenData> myTokens() {
        return tokens.mine();
    }

    @POST
    @Path("/tokens")
    @Operation(summary = "Issue another API token for the caller; the token is in the response only")
    public Response issue(TokenRequest request) {
        ApiTokens.IssuedToken issued = tokens.issue(request == null ? null : request.name(),
                request == null || request.validForDays() == null ? 365 : request.validForDays());
        return Response.status(201).entity(issued).build();
    }

    @DELETE
    @Path("/tokens/{id}")
    @Operation(summary = "Revoke one of the caller's API tokens")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
