package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.concordat.it.support.ServerProperties;
import org.concordat.it.support.Api;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.Partnership;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each API token has its own rate limit. The limit is lowered for this test only, through the system properties that
 * win over CONCORDAT_API_RATE_LIMIT / CONCORDAT_API_RATE_BURST on a running server, and put back afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class ApiRateLimitIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    @ArquillianResource
    ManagementClient management;

    Partnership partnership;
    long organisation;

    @BeforeEach
    void organisation() throws Exception {
        partnership = Partnership.asAdministrator(base.toURI());
        organisation = partnership.createOrganisation(Partnership.unique("Rate Trust"), "HEALTH", true).getJsonNumber("id").longValue();
    }

    @AfterEach
    void limitAsConfigured() throws IOException {
        ServerProperties.remove(management, "concordat.api.rate-limit");
        ServerProperties.remove(management, "concordat.api.rate-burst");
    }

    @Test
    void aTokenOverItsLimitIsToldToWaitWhileAnotherTokenIsNot() throws Exception {
        Partnership.Member busy = partnership.createMember(organisation, "PRACTITIONER");
        Partnership.Member other = partnership.createMember(organisation, "PRACTITIONER");
        ServerProperties.set(management, "concordat.api.rate-limit", "1");
        ServerProperties.set(management, "concordat.api.rate-burst", "3");

        List<Api.Response> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(busy.api().get("/api/v1/me"));
        }
        assertEquals(200, answers.get(0).status(), answers.get(0).body());
        Api.Response limited = answers.stream().filter(a -> a.status() != 200).findFirst()
                .orElseThrow(() -> new AssertionError("8 requests in a moment at 1 a second (bursts of 3) were all answered"));
        assertEquals(429, limited.status(), limited.body());
        assertEquals("application/problem+json", limited.contentType());
        assertEquals("/problems/too-many-requests", limited.json().getString("type"));
        assertEquals(429, limited.json().getInt("status"));
        assertTrue(limited.json().getString("detail").contains("1 a second"), limited.body());
        long retryAfter = Long.parseLong(limited.raw().headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);

        assertEquals(200, other.api().get("/api/v1/me").status(), "another token is unaffected");
        Thread.sleep(retryAfter * 1000);
        assertEquals(200, busy.api().get("/api/v1/me").status(), "after the wait it says, the token works again");
    }

}
