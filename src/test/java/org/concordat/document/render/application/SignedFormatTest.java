package org.concordat.document.render.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.domain.FlowDetails;
import org.concordat.agreement.domain.PartyRole;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.dpia.application.DpiaData;
import org.concordat.dpia.domain.DpiaVersionStatus;
import org.concordat.legal.domain.LegalBasis;
import org.concordat.legal.domain.compliance.ComplianceReport;
import org.concordat.legal.domain.compliance.Regime;
import org.junit.jupiter.api.Test;

/**
 * The machine-readable copies that PDFs carry are formats partner systems read: {@code concordat.agreement-version/1}
 * (inside every signed agreement) and {@code concordat.dpia-version/1}. A change to the domain or to an API model must
 * never change them by accident. Each copy of a full sample is written as the server writes it (WildFly's JSON-B,
 * Yasson, with the application's settings) and compared, value by value, with the golden file under
 * src/test/resources/golden. A deliberate change of format is a new format version; to accept an additive change,
 * run with -Dgolden.update=true and review the diff of the golden file.
 */
class SignedFormatTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    /** The server's settings (org.concordat.shared.infrastructure.JsonbProducer). */
    final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(false));

    static AgreementData agreement() {
        // Special category and criminal offence data under one condition, as every flow written before December 2026
        // (V22_1 copied it to the criminal offence data's own field): the copy must read exactly as it did.
        FlowDetails everyField = new FlowDetails("P1", "P2", true, Set.of("CHILD", "PARENT_CARER"),
                Set.of("HEALTH_DATA", "CRIMINAL_OFFENCE"), "CHILD_PROTECTION_ENQUIRY", "Within a day of each referral",
                "SECURE_EMAIL", "Until the child is 25, then securely destroyed", new LegalBasis(Regime.GENERAL,
                Set.of("A6-1-e", "A6-1-c"), null, LegalBasis.Condition.of("A9-2-g", "S1-P2-18"),
                LegalBasis.Condition.of("A10-DPA-S10-5", "S1-P2-18"), null, null, Set.of("CA1989-S47", "CA2004-S11"), null,
                "CL-PUBLIC-INTEREST", null, null), "Strategy discussions only.");
        FlowDetails lawEnforcement = new FlowDetails("P2", "P1", false, Set.of("ALLEGED_PERPETRATOR"),
                Set.of("CRIMINAL_OFFENCE"), "CRIME_PREVENTION_DETECTION", null, "API", null, new LegalBasis(
                Regime.LAW_ENFORCEMENT, Set.of(), null, null, null, "LE-S35-2-B",
                LegalBasis.Condition.of("LE-S35-5", "LE-S8-4"), Set.of("CDA1998-S115"), null, null, null, null), null);
        return new AgreementData(42, "DSA-2026-0042", 420, 3, VersionStatus.APPROVED, 17, "MASH: children at risk",
                "Share what partners know early.", "Help before harm.", LocalDate.of(2026, 4, 1), LocalDate.of(2027, 4, 1),
                LocalDate.of(2029, 3, 31), 5, 1,
                List.of(new AgreementData.PartyData("P1", 1, "Northshire County Council", PartyRole.CONTROLLER, "Helen Carter",
                                "Sam Patel", "iglead@council.northshire.example"),
                        new AgreementData.PartyData("P2", 2, "Northshire Police", PartyRole.JOINT_CONTROLLER, null, null, null)),
                List.of(new AgreementData.FlowData("F1", everyField), new AgreementData.FlowData("F2", lawEnforcement)),
                Map.of("security.measures", "Encrypted at rest.", "contacts.spoc", "The MASH manager."),
                new ComplianceReport("2026.2", List.of()), true, 2, true, List.of(), true, true, null, null, true, true,
                true, true);
    }

    @Test
    void theAgreementCopyInEverySignedPdfKeepsFormatVersion1() throws IOException {
        assertMatchesGolden("agreement-version-1.json", jsonb.toJson(AgreementVersionCopy.of(agreement(), "2026.2")));
    }

    @Test
    void aSeparateConditionForCriminalOffenceDataIsAddedWithoutChangingTheFirstMeaning() {
        AgreementData base = agreement();
        FlowDetails separate = new FlowDetails("P1", "P2", false, Set.of("CHILD"), Set.of("HEALTH_DATA", "CRIMINAL_OFFENCE"),
                "CHILD_PROTECTION_ENQUIRY", null, "SECURE_EMAIL", null, new LegalBasis(Regime.GENERAL, Set.of("A6-1-e"),
                null, LegalBasis.Condition.of("A9-2-h", "S1-P1-2"), LegalBasis.Condition.of("A10-DPA-S10-5", "S1-P2-18"),
                null, null, Set.of("CA1989-S47"), null, null, null, null), null);
        FlowDetails criminalOnly = new FlowDetails("P1", "P2", false, Set.of("CHILD"), Set.of("CRIMINAL_OFFENCE"),
                "CHILD_PROTECTION_ENQUIRY", null, "SECURE_EMAIL", null, new LegalBasis(Regime.GENERAL, Set.of("A6-1-e"),
                null, null, LegalBasis.Condition.of("A10-DPA-S10-5", "S1-P3-36"), null, null, Set.of("CA1989-S47"),
                null, null, null, null), null);
        AgreementVersionCopy copy = AgreementVersionCopy.of(new AgreementData(base.agreementId(), base.reference(),
                base.versionId(), base.number(), base.status(), base.lockVersion(), base.title(), base.purpose(),
                base.benefits(), base.effectiveDate(), base.reviewDate(), base.endDate(), base.templateVersionId(),
                base.leadOrganisationId(), base.parties(), List.of(new AgreementData.FlowData("F1", separate),
                new AgreementData.FlowData("F2", criminalOnly)), base.answers(), base.compliance(), true, 1, true, List.of(),
                true, true, null, null, true, true, true, true), "2026.2");
        jakarta.json.JsonObject flows0 = Json.createReader(new StringReader(jsonb.toJson(copy))).readObject()
                .getJsonArray("flows").getJsonObject(0).getJsonObject("details");
        assertEquals("S1-P1-2", flows0.getString("schedule1Condition"), "the special category data's, as always");
        assertEquals("S1-P2-18", flows0.getString("article10Condition"), "the criminal offence data's, added");
        jakarta.json.JsonObject flows1 = Json.createReader(new StringReader(jsonb.toJson(copy))).readObject()
                .getJsonArray("flows").getJsonObject(1).getJsonObject("details");
        assertEquals("S1-P3-36", flows1.getString("schedule1Condition"), "the only condition, where a first reader looks");
        assertTrue(!flows1.containsKey("article10Condition"), "nothing repeated");
    }

    @Test
    void whatDependsOnTheReaderOrTheDayIsNeverInTheCopy() {
        String copy = jsonb.toJson(AgreementVersionCopy.of(agreement(), "2026.2"));
        for (String field : List.of("lockVersion", "compliance", "canEdit", "canSubmit", "decisions", "inForce")) {
            assertTrue(!copy.contains("\"" + field + "\""), field + " is in the signed copy");
        }
    }

    @Test
    void theDpiaCopyKeepsFormatVersion1() throws IOException {
        DpiaData completed = SampleDpias.afterPriorConsultation();
        assertMatchesGolden("dpia-version-1.json", jsonb.toJson(DpiaVersionCopy.of(completed)));
    }

    private static void assertMatchesGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        JsonValue written = Json.createReader(new StringReader(actual)).readValue();
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, pretty(written), StandardCharsets.UTF_8);
        }
        JsonValue golden = Json.createReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8))).readValue();
        if (!golden.equals(written)) {
            Path seen = Path.of("target", "golden-actual-" + name);
            Files.createDirectories(seen.getParent());
            Files.writeString(seen, pretty(written), StandardCharsets.UTF_8);
            assertEquals(pretty(golden), pretty(written), name + " changed: compare " + file + " with " + seen
                    + ". A format partner systems read must not change by accident.");
        }
    }

    private static String pretty(JsonValue value) {
        java.io.StringWriter out = new java.io.StringWriter();
        Json.createWriterFactory(Map.of(jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out).write(value);
        return out.toString().strip() + "\n";
    }

    @Test
    void aRecordedIcoAdviceIsInTheDpiaCopyAndAbsentBefore() {
        assertTrue(jsonb.toJson(DpiaVersionCopy.of(SampleDpias.afterPriorConsultation())).contains("\"icoAdvice\""));
        assertTrue(!jsonb.toJson(DpiaVersionCopy.of(SampleDpias.priorConsultation())).contains("\"icoAdvice\""));
        assertEquals(Instant.parse("2026-12-03T10:00:00Z"), SampleDpias.afterPriorConsultation().icoAdvice().recordedAt());
    }
}
