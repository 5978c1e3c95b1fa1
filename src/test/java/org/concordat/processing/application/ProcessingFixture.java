package org.concordat.processing.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.domain.LegalBasis;
import org.concordat.legal.domain.compliance.Regime;
import org.concordat.legal.infrastructure.YamlCatalogueReader;
import org.concordat.processing.domain.Direction;
import org.concordat.processing.domain.ProcessingActivity;

/**
 * A council's processing under three agreements, with the catalogue the project ships: the school's attendance and
 * health concerns it receives (public task, Article 9(2)(g) with Schedule 1 paragraph 18), what it discloses to the
 * police about offences (Article 10 with paragraph 10, and paragraph 18 for the health data too), and a police flow it
 * receives under Part 3. Organisation 2 is the school, 3 the police.
 */
final class ProcessingFixture {

    static final Catalogue CATALOGUE = new YamlCatalogueReader(name -> {
        Path file = Path.of("templates", "legal", name);
        try {
            return Files.exists(file) ? Files.newInputStream(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }).read();

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    static final ProcessingRecord.Controller COUNCIL = new ProcessingRecord.Controller(1, "Northshire County Council",
            "Local authority", true, "ZA123456", "Dana Prior", "dpo@northshire.example", "01632 960000",
            "APD-2026-01, dated 2026-01-15");

    static final ProcessingRecord.Controller WITHOUT_DOCUMENT = new ProcessingRecord.Controller(1,
            "Northshire County Council", "Local authority", true, null, null, null, null, null);

    static ProcessingActivity fromSchool(String retention) {
        return new ProcessingActivity(10, "DSA-2026-0001", "School and council", 11, 2, LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 4, 1), null, "F1", "CONTROLLER", Direction.RECEIVES, 2,
                Set.of("CHILD", "PARENT_CARER"), Set.of("EDUCATION_DATA", "HEALTH_DATA"), "CHILD_IN_NEED", "Weekly",
                "SECURE_EMAIL", retention,
                new LegalBasis(Regime.GENERAL, Set.of("A6-1-e"), null, LegalBasis.Condition.of("A9-2-g", "S1-P2-18"),
                        LegalBasis.Condition.NONE, null, LegalBasis.Condition.NONE, Set.of("CA1989-S17"), null,
                        "CL-PUBLIC-INTEREST", null, null),
                "TLS 1.2 or above; records kept in the case system", "Children's services social workers");
    }

    static ProcessingActivity toPolice() {
        return new ProcessingActivity(20, "DSA-2026-0002", "Council and police", 21, 1, LocalDate.of(2026, 6, 1), null,
                null, "F2", "JOINT_CONTROLLER", Direction.DISCLOSES, 3, Set.of("ALLEGED_PERPETRATOR"),
                Set.of("CRIMINAL_OFFENCE", "HEALTH_DATA"), "MASH_TRIAGE", null, "SECURE_PORTAL", "=HYPERLINK(\"http://evil.example\",\"6 years\")",
                new LegalBasis(Regime.GENERAL, Set.of("A6-1-c", "A6-1-e"), null, LegalBasis.Condition.of("A9-2-g", "S1-P2-18"),
                        LegalBasis.Condition.of("A10-DPA-S10-5", "S1-P2-10"), null, LegalBasis.Condition.NONE,
                        Set.of(), null, null, null, null),
                null, null);
    }

    static ProcessingActivity lawEnforcement() {
        return new ProcessingActivity(30, "DSA-2026-0003", "Police to council", 31, 1, LocalDate.of(2026, 5, 1), null,
                LocalDate.of(2027, 5, 1), "F1", "CONTROLLER", Direction.BOTH, 3, Set.of("CHILD"),
                Set.of("SAFEGUARDING_CONCERNS"), "CHILD_PROTECTION_ENQUIRY", null, "SECURE_EMAIL", "2 years",
                new LegalBasis(Regime.LAW_ENFORCEMENT, Set.of(), null, LegalBasis.Condition.NONE, LegalBasis.Condition.NONE,
                        "LE-S35-2-B", LegalBasis.Condition.of("LE-S35-5", "LE-S8-4"), Set.of(), null, null, null, null),
                null, null);
    }

    static List<ProcessingActivity> all() {
        return List.of(fromSchool("Until the child is 25"), toPolice(), lawEnforcement());
    }

    static RecordAssembly.Counterparty counterparty(long id) {
        return id == 2 ? new RecordAssembly.Counterparty("Riverside Primary School", "EDUCATION")
                : new RecordAssembly.Counterparty("Northshire Police", "POLICE");
    }

    private ProcessingFixture() {
    }
}
