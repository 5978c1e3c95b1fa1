package org.concordat.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, under /api. Described at /openapi. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Concordat API", version = "1",
                description = "Data sharing agreements, DPIAs and route checks for safeguarding partnerships."
                        + " Authenticate with an API token (Account page): Authorization: Bearer cnc_..."
                        + " Errors are RFC 9457 problem details."),
        security = @SecurityRequirement(name = "apiToken"))
@SecurityScheme(securitySchemeName = "apiToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token issued on the Account page. It acts with its owner's roles and organisation.")
public class RestApplication extends Application {
}
