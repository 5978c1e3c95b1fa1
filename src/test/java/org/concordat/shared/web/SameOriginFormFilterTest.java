package org.concordat.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SameOriginFormFilterTest {

    static final Set<String> OWN = Set.of("https://concordat.northshire.example", "http://localhost:8080");

    @Test
    void aPostFromTheApplicationsOwnPagesGoesOn() {
        assertEquals(Optional.empty(), SameOriginFormFilter.refusal("same-origin", "https://concordat.northshire.example", null, OWN));
        assertEquals(Optional.empty(), SameOriginFormFilter.refusal(null, "http://localhost:8080", null, OWN));
        assertEquals(Optional.empty(), SameOriginFormFilter.refusal(null, null,
                "https://concordat.northshire.example/app/account.xhtml", OWN), "an older browser: Referer only");
        assertEquals(Optional.empty(), SameOriginFormFilter.refusal("none", null, null, OWN), "started by the person");
    }

    @Test
    void aPostFromAnotherSiteIsRefusedWhicheverHeaderSaysSo() {
        assertTrue(SameOriginFormFilter.refusal(null, "https://evil.example", null, OWN).isPresent());
        assertTrue(SameOriginFormFilter.refusal("cross-site", null, null, OWN).isPresent());
        assertTrue(SameOriginFormFilter.refusal("same-site", "https://concordat.northshire.example", null, OWN).isPresent(),
                "a sibling subdomain is another application");
        assertTrue(SameOriginFormFilter.refusal(null, null, "https://evil.example/concordat.northshire.example/", OWN).isPresent());
        assertTrue(SameOriginFormFilter.refusal(null, "null", null, OWN).isPresent(), "a sandboxed or data: page");
        assertTrue(SameOriginFormFilter.refusal(null, "https://concordat.northshire.example.evil.example", null, OWN).isPresent());
        assertTrue(SameOriginFormFilter.refusal(null, "http://concordat.northshire.example", null, OWN).isPresent(),
                "another scheme is another origin");
        assertTrue(SameOriginFormFilter.refusal(null, "https://evil.example", "https://concordat.northshire.example/app/", OWN)
                .isPresent(), "a Referer never outvotes the Origin");
    }

    @Test
    void aRequestSayingNothingOfWhereItComesFromIsNoBrowserPageAndGoesOn() {
        assertEquals(Optional.empty(), SameOriginFormFilter.refusal(null, null, null, OWN));
    }

    @Test
    void originsAreComparedWithoutCaseOrTheSchemesDefaultPort() {
        assertEquals(Optional.of("https://concordat.northshire.example"),
                SameOriginFormFilter.originOf("HTTPS://Concordat.Northshire.example:443/app/home.xhtml?x=1"));
        assertEquals(Optional.of("http://localhost:8080"), SameOriginFormFilter.originOf("http://localhost:8080"));
        assertEquals(Optional.empty(), SameOriginFormFilter.originOf("null"));
        assertEquals(Optional.empty(), SameOriginFormFilter.originOf("not a url at all"));
        assertEquals("http://127.0.0.1:8180", SameOriginFormFilter.origin("http", "127.0.0.1", 8180));
    }
}
