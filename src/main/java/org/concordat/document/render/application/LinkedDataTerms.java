package org.concordat.document.render.application;

import java.util.List;
import java.util.Map;
import org.concordat.agreement.domain.PartyRole;
import org.concordat.agreement.domain.VersionStatus;

/**
 * Where Concordat's catalogue codes meet the published vocabularies of format {@value AgreementLinkedData#FORMAT}:
 * the W3C Data Privacy Vocabulary (DPV 2.3, its personal data extension and its legal extensions for the EU GDPR and
 * the UK) and ODRL 2.2. A code maps only where a term says the same thing; a code with no such term stays Concordat's
 * own (a {@code urn:concordat:} IRI with its catalogue title), never a near miss. The terms are compact IRIs of the
 * format's context (src/main/resources/formats/agreement-ld/1/context.jsonld); LinkedDataTermsTest checks each against
 * the vocabularies' own term lists.
 */
final class LinkedDataTerms {

    /** The UK GDPR and the Data Protection Act 2018, as the DPV's UK legal extension names them. */
    static final String UK_GDPR = "legal-gb:law-GDPR";
    static final String DPA_2018 = "legal-gb:law-DPA";

    private LinkedDataTerms() {
    }

    /**
     * Article 6(1) bases: the DPV's kind of legal basis. Point (ea), recognised legitimate interests (added by the Data
     * (Use and Access) Act 2025), is UK law only and has no DPV term; it is not legitimate interests.
     */
    private static final Map<String, List<String>> LAWFUL_BASES = Map.of(
            "A6-1-a", List.of("dpv:Consent"),
            "A6-1-b", List.of("dpv:Contract"),
            "A6-1-c", List.of("dpv:LegalObligation"),
            "A6-1-d", List.of("dpv:VitalInterest"),
            "A6-1-e", List.of("dpv:PublicInterest", "dpv:OfficialAuthorityOfController"),
            "A6-1-f", List.of("dpv:LegitimateInterest"));

    /** Data subjects: the DPV's kinds of people (the DPV has none for a family member or an alleged perpetrator). */
    private static final Map<String, List<String>> DATA_SUBJECTS = Map.of(
            "CHILD", List.of("dpv:Child"),
            "PARENT_CARER", List.of("dpv:ParentOfDataSubject", "dpv:GuardianOfDataSubject"),
            "ADULT_AT_RISK", List.of("dpv:Adult", "dpv:VulnerableDataSubject"),
            "ADULT_IN_CONTACT", List.of("dpv:Adult"),
            "STAFF", List.of("dpv:Employee"));

    /** Data categories: the DPV personal data extension's categories (none for social care, safeguarding, housing). */
    private static final Map<String, List<String>> DATA_CATEGORIES = Map.ofEntries(
            Map.entry("IDENTIFIERS_CONTACT", List.of("pd:Identifying", "pd:Contact")),
            Map.entry("RACIAL_ETHNIC_ORIGIN", List.of("pd:Race", "pd:EthnicOrigin")),
            Map.entry("POLITICAL_OPINIONS", List.of("pd:PoliticalOpinion")),
            Map.entry("RELIGIOUS_PHILOSOPHICAL_BELIEFS", List.of("pd:ReligiousBelief", "pd:PhilosophicalBelief")),
            Map.entry("TRADE_UNION_MEMBERSHIP", List.of("pd:TradeUnionMembership")),
            Map.entry("GENETIC", List.of("pd:Genetic")),
            Map.entry("BIOMETRIC", List.of("pd:Biometric")),
            Map.entry("HEALTH_DATA", List.of("pd:Health")),
            Map.entry("SEX_LIFE", List.of("pd:Sexual")),
            Map.entry("SEXUAL_ORIENTATION", List.of("pd:Sexual")),
            Map.entry("CRIMINAL_OFFENCE", List.of("pd:Criminal")),
            Map.entry("EDUCATION_DATA", List.of("pd:Education")),
            Map.entry("FINANCIAL", List.of("pd:Financial")),
            Map.entry("LOCATION_AT_RISK", List.of("pd:Location")));

    /** Purposes: the DPV's purposes, where one is the broader aim (most safeguarding purposes have none). */
    private static final Map<String, List<String>> PURPOSES = Map.of(
            "CRIME_PREVENTION_DETECTION", List.of("dpv:ProtectionOfPublicSecurity"),
            "MAPPA", List.of("dpv:ProtectionOfPublicSecurity"),
            "SERIOUS_VIOLENCE_DUTY", List.of("dpv:ProtectionOfPublicSecurity"),
            "PREVENT_CHANNEL", List.of("dpv:Counterterrorism"));

    static List<String> lawfulBasis(String code) {
        return LAWFUL_BASES.getOrDefault(code, List.of());
    }

    static List<String> dataSubject(String code) {
        return DATA_SUBJECTS.getOrDefault(code, List.of());
    }

    static List<String> dataCategory(String code) {
        return DATA_CATEGORIES.getOrDefault(code, List.of());
    }

    static List<String> purpose(String code) {
        return PURPOSES.getOrDefault(code, List.of());
    }

    /**
     * The EU GDPR extension's term for the same point of Article 6(1) or 9(2): the UK GDPR kept their text, so the
     * match is close (another instrument), not exact. A code dated for a change of the law (A9-2-j.2026) is the same
     * point. Null for everything else.
     */
    static String gdprPoint(String code) {
        String point = code.contains(".") ? code.substring(0, code.indexOf('.')) : code;
        return point.matches("A6-1-[a-f]|A9-2-[a-j]") ? "eu-gdpr:" + point : null;
    }

    /** The Act a catalogue code belongs to, as the DPV's UK legal extension names it; empty for other law. */
    static List<String> law(String code) {
        if (code.startsWith("A10-DPA-")) {
            return List.of(UK_GDPR, DPA_2018);
        }
        if (code.matches("A(6|9|10)-.*")) {
            return List.of(UK_GDPR);
        }
        if (code.startsWith("S1-") || code.startsWith("LE-") || code.startsWith("RLI-")) {
            return List.of(code.startsWith("RLI-") ? UK_GDPR : DPA_2018);
        }
        return List.of();
    }

    /** The party's role as a DPV entity. */
    static String role(PartyRole role) {
        return role == PartyRole.PROCESSOR ? "dpv:DataProcessor" : "dpv:DataController";
    }

    /**
     * The DPV contract status of a version, where one says the same: a draft is still being written (the DPV's
     * "drafted" means ready to sign) and a superseded version has no DPV status; both have none.
     */
    static String contractStatus(VersionStatus status) {
        return switch (status) {
            case SUBMITTED -> "dpv:ContractUnderReview";
            case APPROVED -> "dpv:ContractFullySigned";
            case EXPIRED -> "dpv:ContractExpired";
            case TERMINATED -> "dpv:ContractTerminated";
            case DRAFT, SUPERSEDED -> null;
        };
    }
}
