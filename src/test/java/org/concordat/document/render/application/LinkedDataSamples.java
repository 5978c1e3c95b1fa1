package org.concordat.document.render.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.domain.FlowDetails;
import org.concordat.agreement.domain.PartyRole;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.legal.domain.LegalBasis;
import org.concordat.legal.domain.Topic;
import org.concordat.legal.domain.compliance.Regime;
import org.concordat.legal.infrastructure.YamlCatalogueReader;

/** Agreement versions and catalogues for the tests of the linked-data format (concordat.agreement-version-ld/1). */
final class LinkedDataSamples {

    /** The base address the samples' context is named under; the tests' document loader serves the repository's file. */
    static final String BASE_URL = "https://concordat.example";

    /** The shipped catalogue (templates/legal). */
    static final Catalogue SHIPPED = new YamlCatalogueReader(name -> {
        Path file = Path.of("templates", "legal", name);
        try {
            return Files.exists(file) ? Files.newInputStream(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }).read();

    /**
     * The entries {@link SignedFormatTest#agreement()} uses, worded as catalogue 2026.2 words them, frozen here: the
     * golden file checks the format, so a later rewording of the shipped catalogue must not change it.
     */
    static final Catalogue FROZEN = new Catalogue("2026.2", "Frozen for the format test", List.of(
            entry(Topic.LAWFUL_BASES, "A6-1-c", "Legal obligation", "UK GDPR Article 6(1)(c)"),
            entry(Topic.LAWFUL_BASES, "A6-1-e", "Public task", "UK GDPR Article 6(1)(e)"),
            entry(Topic.SPECIAL_CATEGORY_CONDITIONS, "A9-2-g", "Reasons of substantial public interest", "UK GDPR Article 9(2)(g)"),
            entry(Topic.DPA_SCHEDULE_1, "S1-P2-18", "Safeguarding of children and of individuals at risk",
                    "DPA 2018 Schedule 1 Part 2 paragraph 18"),
            entry(Topic.CRIMINAL_OFFENCE_DATA, "A10-DPA-S10-5", "Authorised by law (a Schedule 1 condition)", "DPA 2018 section 10(5)"),
            entry(Topic.LAW_ENFORCEMENT, "LE-S35-2-B", "Necessary for a law enforcement task", "DPA 2018 section 35(2)(b)"),
            entry(Topic.LAW_ENFORCEMENT, "LE-S35-5", "Sensitive processing that is strictly necessary", "DPA 2018 section 35(5)"),
            entry(Topic.LAW_ENFORCEMENT, "LE-S8-4", "Safeguarding of children and of individuals at risk",
                    "DPA 2018 Schedule 8 paragraph 4"),
            entry(Topic.STATUTORY_GATEWAYS, "CA1989-S47", "Local authority's duty to investigate", "Children Act 1989 section 47"),
            entry(Topic.STATUTORY_GATEWAYS, "CA2004-S11", "Arrangements to safeguard and promote welfare", "Children Act 2004 section 11"),
            entry(Topic.STATUTORY_GATEWAYS, "CDA1998-S115", "Disclosure for crime and disorder purposes",
                    "Crime and Disorder Act 1998 section 115"),
            entry(Topic.CONFIDENTIALITY, "CL-PUBLIC-INTEREST", "Overriding public interest",
                    "Common law duty of confidentiality; W v Egdell [1990] Ch 359"),
            entry(Topic.DATA_SUBJECTS, "CHILD", "Child", ""),
            entry(Topic.DATA_SUBJECTS, "PARENT_CARER", "Parent or carer", ""),
            entry(Topic.DATA_SUBJECTS, "ALLEGED_PERPETRATOR", "Alleged perpetrator", ""),
            flagged(entry(Topic.DATA_CATEGORIES, "HEALTH_DATA", "Health", "UK GDPR Article 9(1)"), "special-category"),
            flagged(entry(Topic.DATA_CATEGORIES, "CRIMINAL_OFFENCE", "Criminal offence data", "UK GDPR Article 10"), "criminal-offence"),
            entry(Topic.PURPOSES, "CHILD_PROTECTION_ENQUIRY", "Child protection enquiry", "Children Act 1989 section 47"),
            entry(Topic.PURPOSES, "CRIME_PREVENTION_DETECTION", "Crime prevention and detection", ""),
            entry(Topic.TRANSFER_METHODS, "SECURE_EMAIL", "Secure email", ""),
            entry(Topic.TRANSFER_METHODS, "API", "System-to-system interface (API)", "")), Map.of());

    private LinkedDataSamples() {
    }

    static CatalogueEntry entry(Topic topic, String code, String title, String citation) {
        return new CatalogueEntry(topic, code, title, "What " + title + " means.", citation, LocalDate.of(2018, 5, 25),
                null, Set.of("england"), Set.of(), List.of(), null, null, null, List.of(), null);
    }

    static CatalogueEntry flagged(CatalogueEntry e, String flag) {
        return new CatalogueEntry(e.topic(), e.code(), e.title(), e.summary(), e.citation(), e.appliesFrom(),
                e.appliesUntil(), e.jurisdictions(), Set.of(flag), e.requiresOneOf(), e.part(), e.paragraph(), e.kind(),
                e.sectors(), e.replacedBy());
    }

    /** The golden sample: SignedFormatTest's version, every field of format 1 used. */
    static AgreementData golden() {
        return SignedFormatTest.agreement();
    }

    /** The same version at another stage of its life. */
    static AgreementData withStatus(AgreementData d, VersionStatus status) {
        return new AgreementData(d.agreementId(), d.reference(), d.versionId(), d.number(), status, d.lockVersion(),
                d.title(), d.purpose(), d.benefits(), d.effectiveDate(), d.reviewDate(), d.endDate(), d.templateVersionId(),
                d.leadOrganisationId(), d.parties(), d.flows(), d.answers(), d.compliance(), d.canEdit(),
                d.submissionRound(), d.inForce(), d.decisions(), d.canSubmit(), d.canDecide(), d.terminatedOn(),
                d.terminationReason(), d.canAmend(), d.canTerminate(), d.publicRegister(), d.canPublish());
    }

    /**
     * A version whose flows, between them, use every code of the shipped catalogue that a flow can hold: each data
     * subject, data category, purpose and transfer method, each lawful basis, recognised interest, Article 9 and
     * Article 10 condition, Schedule 1 and Schedule 8 condition, law-enforcement basis, gateway and confidentiality
     * basis — so that every mapping the format makes is checked against the vocabularies.
     */
    static AgreementData everyCode() {
        List<AgreementData.FlowData> flows = new ArrayList<>();
        List<String> subjects = codes(Topic.DATA_SUBJECTS);
        List<String> categories = codes(Topic.DATA_CATEGORIES);
        List<String> purposes = codes(Topic.PURPOSES);
        List<String> methods = codes(Topic.TRANSFER_METHODS);
        List<String> bases = codes(Topic.LAWFUL_BASES);
        List<String> interests = codes(Topic.RECOGNISED_LEGITIMATE_INTERESTS);
        List<String> article9 = codes(Topic.SPECIAL_CATEGORY_CONDITIONS);
        List<String> article10 = codes(Topic.CRIMINAL_OFFENCE_DATA);
        List<String> schedule1 = codes(Topic.DPA_SCHEDULE_1);
        List<String> enforcement = codes(Topic.LAW_ENFORCEMENT);
        List<String> gateways = codes(Topic.STATUTORY_GATEWAYS);
        List<String> confidentiality = codes(Topic.CONFIDENTIALITY);
        int count = max(subjects, categories, purposes, methods, bases, interests, article9, article10, schedule1,
                enforcement, gateways, confidentiality);
        for (int i = 0; i < count; i++) {
            boolean lawEnforcement = i % 2 == 1;
            LegalBasis law = new LegalBasis(lawEnforcement ? Regime.LAW_ENFORCEMENT : Regime.GENERAL,
                    lawEnforcement ? Set.of() : Set.of(at(bases, i)), at(interests, i),
                    LegalBasis.Condition.of(at(article9, i), at(schedule1, i)),
                    LegalBasis.Condition.of(at(article10, i), at(schedule1, i + 1)),
                    lawEnforcement ? at(enforcement, i) : null,
                    LegalBasis.Condition.of(lawEnforcement ? at(enforcement, i + 1) : null,
                            lawEnforcement ? at(enforcement, i + 2) : null),
                    Set.of(at(gateways, i)), i == 0 ? "Local Government Act 1972 section 111" : null,
                    at(confidentiality, i), null, null);
            flows.add(new AgreementData.FlowData("F" + (i + 1), new FlowDetails("P" + (1 + i % 3), "P" + (1 + (i + 1) % 3),
                    i % 3 == 0, new TreeSet<>(List.of(at(subjects, i), at(subjects, i + 1))),
                    new TreeSet<>(List.of(at(categories, i), at(categories, i + 2))), at(purposes, i),
                    i % 4 == 0 ? null : "Weekly", at(methods, i), i % 5 == 0 ? null : "Two years after the case closes",
                    law, i % 2 == 0 ? "Flow " + (i + 1) : null)));
        }
        return new AgreementData(7, "DSA-2026-0007", 70, 2, VersionStatus.APPROVED, 1, "Every code", "Coverage.",
                "Checks.", LocalDate.of(2026, 5, 1), LocalDate.of(2027, 5, 1), null, 1, 1,
                List.of(new AgreementData.PartyData("P1", 1, "Northshire County Council", PartyRole.CONTROLLER, null, null, null),
                        new AgreementData.PartyData("P2", 2, "Northshire Police", PartyRole.JOINT_CONTROLLER, null, null, null),
                        new AgreementData.PartyData("P3", 3, "Northshire Analytics Ltd", PartyRole.PROCESSOR, null, null, null)),
                flows, Map.of(), null, false, 1, true, List.of(), false, false, null, null, false, false, false, false);
    }

    /** A version of n flows, as the 100-flow agreement the benchmarks use: a realistic mix on the shipped catalogue. */
    static AgreementData flows(int n) {
        List<AgreementData.FlowData> flows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            boolean police = i % 4 == 0;
            LegalBasis law = police
                    ? new LegalBasis(Regime.LAW_ENFORCEMENT, Set.of(), null, null, null, "LE-S35-2-B",
                    LegalBasis.Condition.of("LE-S35-5", "LE-S8-4"), Set.of("CDA1998-S115"), null, "CL-PUBLIC-INTEREST", null, null)
                    : new LegalBasis(Regime.GENERAL, Set.of("A6-1-e", "A6-1-c"), null, LegalBasis.Condition.of("A9-2-g", "S1-P2-18"),
                    LegalBasis.Condition.of("A10-DPA-S10-5", "S1-P2-18"), null, null, Set.of("CA1989-S47", "CA2004-S11"), null,
                    "CL-PUBLIC-INTEREST", null, null);
            flows.add(new AgreementData.FlowData("F" + i, new FlowDetails(police ? "P2" : "P1", police ? "P1" : "P2", i % 3 == 0,
                    Set.of("CHILD", "PARENT_CARER", "ADULT_AT_RISK"), police ? Set.of("CRIMINAL_OFFENCE", "DOMESTIC_ABUSE")
                    : Set.of("IDENTIFIERS_CONTACT", "HEALTH_DATA", "SOCIAL_CARE", "CRIMINAL_OFFENCE"),
                    police ? "CRIME_PREVENTION_DETECTION" : "CHILD_PROTECTION_ENQUIRY", "Within a day of each referral",
                    "SECURE_EMAIL", "Until the child is 25, then securely destroyed", law, "Strategy discussions only.")));
        }
        return new AgreementData(42, "DSA-2026-0042", 420, 3, VersionStatus.APPROVED, 1, "MASH: children at risk",
                "Share what partners know early.", "Help before harm.", LocalDate.of(2026, 4, 1), LocalDate.of(2027, 4, 1),
                LocalDate.of(2029, 3, 31), 1, 1,
                List.of(new AgreementData.PartyData("P1", 1, "Northshire County Council", PartyRole.CONTROLLER, null, null, null),
                        new AgreementData.PartyData("P2", 2, "Northshire Police", PartyRole.CONTROLLER, null, null, null)),
                flows, Map.of(), null, false, 1, true, List.of(), false, false, null, null, false, false, false, false);
    }

    private static List<String> codes(Topic topic) {
        return SHIPPED.entries(topic).stream().map(CatalogueEntry::code).toList();
    }

    private static String at(List<String> codes, int i) {
        return codes.isEmpty() ? null : codes.get(i % codes.size());
    }

    @SafeVarargs
    private static int max(List<String>... lists) {
        int max = 0;
        for (List<String> list : lists) {
            max = Math.max(max, list.size());
        }
        return max;
    }
}
