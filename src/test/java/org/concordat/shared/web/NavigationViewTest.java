package org.concordat.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NavigationViewTest {

    @Test
    void agreementsDpiasAndReviewsAreOneSection() {
        for (String page : new String[] {"/app/agreements.xhtml", "/app/agreement.xhtml", "/app/agreement-history.xhtml",
                "/app/flow.xhtml", "/app/dpias.xhtml", "/app/dpia.xhtml", "/app/reviews.xhtml"}) {
            assertEquals(NavigationView.AGREEMENTS, NavigationView.sectionOf(page), page);
        }
    }

    @Test
    void theCatalogueAndTheTemplatesAreTheReference() {
        assertEquals(NavigationView.REFERENCE, NavigationView.sectionOf("/app/catalogue.xhtml"));
        assertEquals(NavigationView.REFERENCE, NavigationView.sectionOf("/app/template.xhtml"));
        assertEquals(NavigationView.ADMINISTRATION, NavigationView.sectionOf("/admin/audit.xhtml"));
    }

    @Test
    void otherPagesStandAlone() {
        assertNull(NavigationView.sectionOf("/app/route-check.xhtml"));
        assertNull(NavigationView.sectionOf("/app/home.xhtml"));
        assertNull(NavigationView.sectionOf(null));
    }
}
