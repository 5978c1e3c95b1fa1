package org.concordat.route.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.concordat.route.application.RouteCheckCommand;
import org.concordat.route.application.RouteCheckResult;
import org.concordat.route.application.RouteChecks;
import org.concordat.shared.api.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Route checks for partner systems: the same answer as the page, as JSON. A check changes nothing, so it answers
 * 200; the decision that follows is recorded separately.
 */
// One instance for all requests: it holds nothing of any request, and creating one per check shows in the profile.
@ApplicationScoped
@Path("/v1/route-checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Route checks")
public class RouteCheckResource {

    @Inject
    RouteChecks checks;

    /**
     * @param fromOrganisationId optional; when given it must be the caller's own organisation
     * @param notListed          true when the recipient is not an organisation of the partnership
     */
    public record RouteCheckInput(Long fromOrganisationId, Long toOrganisationId, Boolean notListed,
                                  List<String> dataSubjects, List<String> dataCategories, String purpose,
                                  Boolean emergency) {
    }

    @POST
    @Operation(summary = "May my organisation share this information, about these people, with that organisation,"
            + " for this purpose? COVERED (by which agreement, flow and law), PARTLY_COVERED (what is and is not) or"
            + " NOT_COVERED (why, and what to do now, emergencies included). From the caller's own organisation"
            + " only; codes are those of the legal catalogue (data-subjects, data-categories, purposes).")
    public RouteCheckResult check(RouteCheckInput input) {
        Inputs.required(input);
        return checks.check(new RouteCheckCommand(input.fromOrganisationId(), input.toOrganisationId(),
                Boolean.TRUE.equals(input.notListed()), input.dataSubjects(), input.dataCategories(), input.purpose(),
                Boolean.TRUE.equals(input.emergency())));
    }
}
