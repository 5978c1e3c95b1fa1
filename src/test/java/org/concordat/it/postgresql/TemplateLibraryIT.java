package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import org.concordat.it.support.Api;
import org.concordat.it.support.Database;
import org.concordat.it.support.Deployments;
import org.concordat.it.support.Partnership;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Templates: built-ins loaded once, copied and adapted by an IG lead, published, then never changed. */
@ExtendWith(ArquillianExtension.class)
class TemplateLibraryIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    Partnership partnership;
    Partnership.Member lead;
    long builtInDsaVersion;

    @BeforeEach
    void lead() throws Exception {
        partnership = Partnership.asAdministrator(base.toURI());
        long trust = partnership.createOrganisation(Partnership.unique("Template Trust"), "HEALTH", true).getJsonNumber("id").longValue();
        lead = partnership.createMember(trust, "IG_LEAD");
        builtInDsaVersion = lead.api().get("/api/v1/templates").array().stream().map(t -> t.asJsonObject())
                .filter(t -> t.getBoolean("builtIn") && t.getString("kind").equals("DSA")).findFirst().orElseThrow()
                .getJsonArray("versions").getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void builtInTemplatesAreLoadedOnceAndPublished() {
        assertEquals(1L, Database.single("select count(*) from template where owner_organisation_id is null and code = 'ICO-DSA'"));
        assertEquals(1L, Database.single("select count(*) from template where owner_organisation_id is null and code = 'ICO-DPIA'"));
        JsonObject version = lead.api().get("/api/v1/templates/versions/" + builtInDsaVersion).json();
        assertEquals("PUBLISHED", version.getString("status"));
        assertTrue(version.getBoolean("canClone"));
        assertTrue(!version.getBoolean("canEdit"), "a built-in template is never edited in place");
        assertEquals(13, version.getJsonObject("content").getJsonArray("sections").size());
    }

    @Test
    void anIgLeadCopiesAdaptsAndPublishes() {
        Api.Response copied = lead.api().post("/api/v1/templates/versions/" + builtInDsaVersion + "/copies", null);
        assertEquals(201, copied.status(), copied.body());
        JsonObject draft = copied.json();
        assertEquals("DRAFT", draft.getString("status"));
        assertTrue(draft.getBoolean("canEdit"));
        long draftId = draft.getJsonNumber("id").longValue();

        JsonObject adapted = retitle(draft.getJsonObject("content"), "Trust data sharing agreement");
        Api.Response saved = lead.api().put("/api/v1/templates/versions/" + draftId, Json.createObjectBuilder()
                .add("lockVersion", draft.getJsonNumber("lockVersion").longValue()).add("content", adapted).build());
        assertEquals(200, saved.status(), saved.body());

        Api.Response stale = lead.api().put("/api/v1/templates/versions/" + draftId, Json.createObjectBuilder()
                .add("lockVersion", draft.getJsonNumber("lockVersion").longValue()).add("content", adapted).build());
        assertEquals(409, stale.status(), "a save over someone else's save is refused");

        Api.Response published = lead.api().post("/api/v1/templates/versions/" + draftId + "/publication",
                Json.createObjectBuilder().add("lockVersion", saved.json().getJsonNumber("lockVersion").longValue()).build());
        assertEquals(200, published.status(), published.body());
        assertEquals("PUBLISHED", published.json().getString("status"));

        Api.Response edit = lead.api().put("/api/v1/templates/versions/" + draftId, Json.createObjectBuilder()
                .add("lockVersion", published.json().getJsonNumber("lockVersion").longValue()).add("content", adapted).build());
        assertEquals(400, edit.status());
        assertEquals("A published template version is never edited: start a new version.",
                edit.json().getJsonArray("errors").getJsonObject(0).getString("message"));

        long templateId = published.json().getJsonNumber("templateId").longValue();
        Api.Response next = lead.api().post("/api/v1/templates/" + templateId + "/versions", null);
        assertEquals(201, next.status(), next.body());
        assertEquals(2, next.json().getInt("number"));
        assertEquals(400, lead.api().post("/api/v1/templates/" + templateId + "/versions", null).status(),
                "one draft at a time");
    }

    @Test
    void invalidContentIsRefusedFieldByField() {
        JsonObject draft = lead.api().post("/api/v1/templates/versions/" + builtInDsaVersion + "/copies", null).json();
        JsonObject broken = retitle(draft.getJsonObject("content"), " ");
        Api.Response refused = lead.api().put("/api/v1/templates/versions/" + draft.getJsonNumber("id").longValue(),
                Json.createObjectBuilder().add("lockVersion", draft.getJsonNumber("lockVersion").longValue()).add("content", broken).build());
        assertEquals(400, refused.status());
        assertEquals("title", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void otherOrganisationsAndOtherRolesCannotTouchADraft() throws Exception {
        JsonObject draft = lead.api().post("/api/v1/templates/versions/" + builtInDsaVersion + "/copies", null).json();
        long draftId = draft.getJsonNumber("id").longValue();
        long otherOrg = partnership.createOrganisation(Partnership.unique("Other Council"), "LOCAL_AUTHORITY", true)
                .getJsonNumber("id").longValue();
        Partnership.Member otherLead = partnership.createMember(otherOrg, "IG_LEAD");
        assertEquals(404, otherLead.api().get("/api/v1/templates/versions/" + draftId).status(),
                "another organisation's templates are invisible");
        Partnership.Member practitioner = partnership.createMember(lead.organisationId(), "PRACTITIONER");
        assertEquals(403, practitioner.api().post("/api/v1/templates/versions/" + builtInDsaVersion + "/copies", null).status());
    }

    private static JsonObject retitle(JsonObject content, String title) {
        JsonObjectBuilder b = Json.createObjectBuilder(content);
        b.add("title", title);
        return b.build();
    }
}
