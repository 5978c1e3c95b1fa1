package org.concordat.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.domain.LegalBasis;
import org.concordat.legal.domain.compliance.AgreementFacts;
import org.concordat.legal.domain.compliance.ComplianceEngine;
import org.concordat.legal.domain.compliance.ComplianceReport;
import org.concordat.legal.domain.compliance.DpiaStatus;
import org.concordat.legal.domain.compliance.FlowFacts;
import org.concordat.legal.domain.compliance.PartyFacts;
import org.concordat.legal.domain.compliance.Regime;
import org.concordat.legal.infrastructure.YamlCatalogueReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Evaluating an agreement of 200 flows with every compliance rule, against the floor any rule engine must pay:
 * looking up each cited code in the catalogue once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ComplianceBenchmark {

    private static final String[] SENDERS = {"council", "police", "icb", "hospital", "school", "academy", "yjs", "charity"};
    private static final String[] PURPOSES = {"CHILD_PROTECTION_ENQUIRY", "CHILD_IN_NEED", "EARLY_HELP", "MISSING_CHILD",
            "MASH_TRIAGE", "HEALTH_CARE_COORDINATION", "EDUCATION_ATTENDANCE", "CHILD_EXPLOITATION"};
    private static final List<Set<String>> CATEGORIES = List.of(Set.of("IDENTIFIERS_CONTACT", "SOCIAL_CARE"),
            Set.of("HEALTH_DATA", "SAFEGUARDING_CONCERNS"), Set.of("CRIMINAL_OFFENCE", "IDENTIFIERS_CONTACT"),
            Set.of("EDUCATION_DATA"), Set.of("DOMESTIC_ABUSE", "LOCATION_AT_RISK", "HEALTH_DATA"));

    Catalogue catalogue;
    AgreementFacts agreement;
    final ComplianceEngine engine = ComplianceEngine.standard();

    @Setup
    public void setUp() {
        catalogue = new YamlCatalogueReader(name -> {
            try {
                return Files.newInputStream(Path.of("templates", "legal", name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).read();
        List<PartyFacts> parties = new ArrayList<>();
        for (String id : SENDERS) {
            boolean publicBody = !id.equals("charity");
            parties.add(new PartyFacts(id, id, "LOCAL_AUTHORITY", publicBody, id.equals("police"), publicBody, "CONTROLLER"));
        }
        List<FlowFacts> flows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Set<String> categories = CATEGORIES.get(i % CATEGORIES.size());
            flows.add(new FlowFacts("F" + i, SENDERS[i % SENDERS.length], SENDERS[(i + 1) % SENDERS.length], i % 3 == 0,
                    Set.of("CHILD", i % 2 == 0 ? "PARENT_CARER" : "ADULT_AT_RISK"), categories, PURPOSES[i % PURPOSES.length],
                    i % 17 == 0 ? "UNENCRYPTED_EMAIL" : "SECURE_EMAIL", i % 23 == 0 ? null : "6 years",
                    new LegalBasis(Regime.GENERAL, Set.of(i % 11 == 0 ? "A6-1-f" : "A6-1-e"), null,
                            LegalBasis.Condition.of("A9-2-g", "S1-P2-18"),
                            LegalBasis.Condition.of(categories.contains("CRIMINAL_OFFENCE") ? "A10-OFFICIAL-AUTHORITY" : null,
                                    null), null, null, Set.of("CA1989-S47", "CA2004-S11"), null, "CL-PUBLIC-INTEREST", null, null)));
        }
        agreement = new AgreementFacts(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 4, 1), parties, flows, DpiaStatus.COMPLETED);
    }

    @Benchmark
    public ComplianceReport evaluate200Flows() {
        return engine.evaluate(agreement, catalogue);
    }

    /** The floor: every code of every flow looked up once, no rule applied. */
    @Benchmark
    public void lookUpCodesOf200Flows(Blackhole hole) {
        for (FlowFacts flow : agreement.flows()) {
            for (String code : flow.dataCategories()) {
                hole.consume(catalogue.find(code));
            }
            for (String code : flow.dataSubjects()) {
                hole.consume(catalogue.find(code));
            }
            // Every code the flow's law cites (bases, conditions, gateways, confidentiality), as the rules read them.
            for (LegalBasis.Citation cited : flow.law().citations()) {
                hole.consume(catalogue.find(cited.code()));
            }
            hole.consume(catalogue.find(flow.purpose()));
            hole.consume(catalogue.find(flow.transferMethod()));
        }
    }
}
