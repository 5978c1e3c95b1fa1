package org.concordat.agreement.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.concordat.agreement.application.PublicRegister;
import org.concordat.shared.api.PublicApi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public register of agreements in force, as JSON and as CSV. No token needed. */
@Path("/v1")
@PublicApi
@Tag(name = "Public register")
public class RegisterResource {

    @Inject
    PublicRegister register;

    @GET
    @Path("/register")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Agreements in force that their lead organisation has published")
    public List<PublicRegister.Entry> entries() {
        return register.entries();
    }

    @GET
    @Path("/register.csv")
    @Produces("text/csv")
    @Operation(summary = "The public register as CSV (one row per agreement; lists separated by semicolons)")
    public Response csv() {
        return Response.ok(register.csv(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"concordat-public-register.csv\"").build();
    }
}
