package org.concordat.dpia.application;

import org.concordat.shared.domain.StatusTag;
import org.concordat.legal.domain.LegalBasis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concordat.agreement.application.AgreementLinks.FlowOutline;
import org.concordat.agreement.application.AgreementLinks.LinkedAgreement;
import org.concordat.agreement.application.AgreementLinks.PartyOutline;
import org.concordat.agreement.domain.FlowDetails;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.domain.compliance.Regime;
import org.concordat.legal.infrastructure.YamlCatalogueReader;
import org.junit.jupiter.api.Test;

/** The first description of the processing, drawn from the flows of the linked agreements and the shipped catalogue. */
class ProcessingOutlineTest {

    static final Catalogue CATALOGUE = new YamlCatalogueReader(name -> {
        Path file = Path.of("templates", "legal", name);
        try {
            return Files.exists(file) ? Files.newInputStream(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }).read();

    static LinkedAgreement agreement(List<FlowOutline> flows) {
        return new LinkedAgreement(42, "DSA-2026-0042", "Health information for child protection", 1, VersionStatus.DRAFT, 7,
                List.of(new PartyOutline("P1", 1, "Northshire County Council"), new PartyOutline("P2", 5, "Northshire Hospitals NHS Trust")),
                flows, StatusTag.DRAFT);
    }

    static FlowOutline flow(String key, boolean bothWays, String frequency, String retention) {
        return new FlowOutline(key, new FlowDetails("P1", "P2", bothWays, Set.of("CHILD"), Set.of("HEALTH_DATA", "SOCIAL_CARE"),
                "CHILD_PROTECTION_ENQUIRY", frequency, "SECURE_EMAIL", retention, new LegalBasis(Regime.GENERAL,
                Set.of("A6-1-e"), null, LegalBasis.Condition.of("A9-2-g", "S1-P2-18"), null, null, null,
                Set.of("CA1989-S47"), null, "CL-PUBLIC-INTEREST", null, null), null));
    }

    @Test
    void theFlowsDescribeWhoSharesWhatAboutWhomHowOftenAndForHowLong() {
        Map<String, String> answers = ProcessingOutline.suggest(List.of(agreement(List.of(
                flow("F1", false, "Within a day of each referral", "Until the child is 25"),
                flow("F2", true, null, null)))), CATALOGUE);
        String nature = answers.get(ProcessingOutline.NATURE);
        assertTrue(nature.startsWith("Under DSA-2026-0042 (Health information for child protection):"), nature);
        assertTrue(nature.contains("- F1: Northshire County Council shares with Northshire Hospitals NHS Trust."), nature);
        assertTrue(nature.contains("- F2: Northshire County Council shares with Northshire Hospitals NHS Trust, and the other way too."), nature);
        String scope = answers.get(ProcessingOutline.SCOPE);
        assertTrue(scope.contains("About: Child."), scope);
        assertTrue(scope.contains("Kinds of information: Health, "), scope);
        assertTrue(scope.contains("How often: Within a day of each referral (DSA-2026-0042 F1)."), scope);
        assertTrue(scope.contains("Kept by the recipient: Until the child is 25 (DSA-2026-0042 F1)."), scope);
        String bases = answers.get(ProcessingOutline.LAWFUL_BASIS);
        assertTrue(bases.startsWith("- DSA-2026-0042 F1 (Northshire County Council to Northshire Hospitals NHS Trust): Public task"
                + " (UK GDPR Article 6(1)(e))"), bases);
        assertTrue(bases.contains("(Northshire County Council and Northshire Hospitals NHS Trust)"), bases);
        assertTrue(bases.contains(CATALOGUE.find("S1-P2-18").orElseThrow().citation()), bases);
    }

    @Test
    void anAgreementWithoutFlowsSuggestsNothing() {
        assertEquals(Map.of(), ProcessingOutline.suggest(List.of(agreement(List.of())), CATALOGUE));
    }
}
