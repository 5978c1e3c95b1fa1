package org.concordat.it.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.concordat.it.support.Api;
import org.concordat.it.support.BrowserJourney;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The run command's configuration (embedded H2, demo mode) works: the schema migrates on H2, the demo
 * partnership is seeded, and the demo logins in the README sign in.
 */
@ExtendWith(ArquillianExtension.class)
class DemoPartnershipIT {

    static final String DEMO_PASSWORD = BrowserJourney.DEMO_PASSWORD;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    @Test
    void embeddedDatabaseIsUp() throws Exception {
        Api.Response health = new Api(base.toURI(), null).get("/api/health");
        assertEquals(200, health.status());
        assertEquals("UP", health.json().getString("database"));
    }

    @Test
    void demoPartnershipIsSeeded() throws Exception {
        WebSession web = new WebSession(base.toURI());
        assertEquals(302, web.signIn("iglead@police.northshire.example", DEMO_PASSWORD).status());
        WebSession.Page organisations = web.open("/app/organisations.xhtml");
        for (String name : List.of("Northshire County Council", "Northshire Police", "Northshire NHS Integrated Care Board",
                "Northshire Hospitals NHS Trust", "Riverside Primary School", "Northshire Academy",
                "Northshire Youth Justice Service", "Brightstart Children's Charity")) {
            assertTrue(organisations.contains(name), name);
        }
    }

    @Test
    void anAgreementCanBeDraftedOnTheEmbeddedDatabase() throws Exception {
        WebSession web = new WebSession(base.toURI());
        web.signIn("iglead@council.northshire.example", DEMO_PASSWORD);
        Api api = new Api(base.toURI(), web.issueApiToken("demo test"));
        long template = api.get("/api/v1/templates").array().getJsonObject(0).getJsonArray("versions")
                .getJsonObject(0).getJsonNumber("id").longValue();
        Api.Response created = api.post("/api/v1/agreements", jakarta.json.Json.createObjectBuilder()
                .add("templateVersionId", template).add("title", "Embedded database check").build());
        assertEquals(201, created.status(), created.body());
        assertTrue(created.json().getString("reference").startsWith("DSA-"));
        long id = created.json().getJsonNumber("agreementId").longValue();
        Api.Response list = api.get("/api/v1/agreements");
        assertTrue(list.array().stream().anyMatch(a -> a.asJsonObject().getJsonNumber("agreementId").longValue() == id),
                id + " in " + list.body());
    }

    @Test
    void everyDemoLoginInTheReadmeSignsIn() throws Exception {
        for (String email : List.of("admin@council.northshire.example", "iglead@council.northshire.example",
                "signatory@council.northshire.example", "dpo@council.northshire.example",
                "social.worker@council.northshire.example", "officer@police.northshire.example",
                "safeguarding@icb.northshire.example", "health.visitor@hospitals.northshire.example",
                "dsl@riverside.northshire.example", "principal@academy.northshire.example",
                "caseworker@yjs.northshire.example", "iglead@brightstart.example")) {
            WebSession web = new WebSession(base.toURI());
            WebSession.Page page = web.signIn(email, DEMO_PASSWORD);
            assertEquals(302, page.status(), email);
            assertTrue(page.location().orElseThrow().endsWith("/app/home.xhtml"), email);
        }
    }
}
