package org.concordat.agreement.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.concordat.agreement.application.PublicRegister;
import org.concordat.shared.api.Paging;
import org.concordat.shared.api.PublicApi;
import org.concordat.shared.domain.ListParameters;
import org.concordat.shared.domain.Page;
import org.concordat.shared.domain.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1")
@PublicApi
@Tag(name = "Public register")
public class RegisterResource {

    @Inject
    PublicRegister register;

    @GET
    @Path("/register")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Agreements in force that their lead organisation has published, in reference order, a page at"
            + " a time: q searches the reference, title and parties' names. X-Total-Count gives how many match; Link the"
            + " next and previous pages.")
    @APIResponse(responseCode = "200", description = "One page of the register", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = PublicRegister.Entry.class)))
    public Response entries(@QueryParam("q") String q, @QueryParam("page") @DefaultValue("1") String page,
                            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) String size, @Context UriInfo uri) {
        PageRequest request = Paging.request(page, size);
        return Paging.response(register.page(ListParameters.searchText(q), request), uri);
    }

    @GET
    @Path("/register.csv")
    @Produces("text/csv")
    @Operation(summary = "The whole public register as CSV (one row per agreement; lists separated by semicolons)")
    public Response csv() {
        // Page by page, each in its own transaction, so that thousands of agreements are never held at once.
        List<PublicRegister.Entry> entries = Page.all(request -> register.page(null, request));
        return Response.ok(PublicRegister.csv(entries), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"concordat-public-register.csv\"").build();
    }
}
