package org.concordat.shared.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.concordat.shared.application.SystemHealth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

/** For load balancers: 200 when this node can serve (its database answers), 503 otherwise. */
@Path("/health")
@PublicApi
public class HealthResource {

    @Inject
    SystemHealth health;

    public record Health(String status, String database) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Is this node able to serve requests?")
    @SecurityRequirements
    public Response health() {
        boolean databaseUp = health.databaseAnswers();
        return Response.status(databaseUp ? 200 : 503)
                .entity(new Health(databaseUp ? "UP" : "DOWN", databaseUp ? "UP" : "DOWN"))
                .header("Cache-Control", "no-store")
                .build();
    }
}
