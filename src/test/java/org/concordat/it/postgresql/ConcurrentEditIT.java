package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

/** Two people edit the same organisation: one save wins, the other is told, and nothing is silently lost. */
@ExtendWith(ArquillianExtension.class)
class ConcurrentEditIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.concordat();
    }

    @ArquillianResource
    URL base;

    Partnership partnership;
    long organisation;

    @BeforeEach
    void organisation() throws Exception {
        partnership = Partnership.asAdministrator(base.toURI());
        organisation = partnership.createOrganisation(Partnership.unique("Concurrent Trust"), "HEALTH", true)
                .getJsonNumber("id").longValue();
    }

    @Test
    void secondSaveOfTheSameVersionGetsAConflict() {
        Partnership.Member lead = partnership.createMember(organisation, "IG_LEAD");
        JsonObject readByAdmin = partnership.admin().get("/api/v1/organisations/" + organisation).json();
        JsonObject readByLead = lead.api().get("/api/v1/organisations/" + organisation).json();

        Api.Response first = partnership.admin().put("/api/v1/organisations/" + organisation,
                AccessControlIT.edit(readByAdmin, "first@example.org"));
        Api.Response second = lead.api().put("/api/v1/organisations/" + organisation,
                AccessControlIT.edit(readByLead, "second@example.org"));

        assertEquals(200, first.status(), first.body());
        assertEquals(409, second.status());
        assertTrue(second.json().getString("detail").startsWith("Someone else changed this organisation"));
        assertEquals("first@example.org", Database.single("select dpo_email from organisation where id = ?", organisation));
        assertEquals(1L, Database.single("select version from organisation where id = ?", organisation));
    }

    @Test
    void simultaneousSavesLetExactlyOneWin() throws Exception {
        JsonObject read = partnership.admin().get("/api/v1/organisations/" + organisation).json();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> saves = List.of(1, 2, 3, 4).stream().<Callable<Integer>>map(i -> () ->
                    partnership.admin().put("/api/v1/organisations/" + organisation,
                            AccessControlIT.edit(read, "racer" + i + "@example.org")).status()).toList();
            List<Integer> statuses = pool.invokeAll(saves).stream().map(ConcurrentEditIT::get).sorted().toList();
            assertEquals(List.of(200, 409, 409, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, Database.single("select version from organisation where id = ?", organisation));
        String saved = (String) Database.single("select dpo_email from organisation where id = ?", organisation);
        assertTrue(saved.matches("racer[1-4]@example.org"), saved);
    }

    private static Integer get(Future<Integer> f) {
        try {
            return f.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
