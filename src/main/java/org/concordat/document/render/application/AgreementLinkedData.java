package org.concordat.document.render.application;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.domain.FlowDetails;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.legal.domain.LegalBasis;
import org.concordat.legal.domain.compliance.Regime;

/**
 * An agreement version as linked data, format {@value #FORMAT}: JSON-LD in the W3C Data Privacy Vocabulary (DPV) and
 * ODRL 2.2, for privacy tools and data-sharing platforms that read those rather than Concordat's own
 * {@value AgreementVersionCopy#FORMAT}. Built from the same read model of a version as that copy (the version's data
 * and the legal catalogue its words come from), and attached to the PDF beside it.
 * <p>
 * The version is an ODRL Agreement from its submission — the text every party signs — and an Offer while a draft; each sharing flow is an ODRL
 * Permission to distribute the flow's data from the sender (assigner) to the recipient (assignee) — a flow both ways is
 * two — constrained to its purpose, its recipient and its transfer method, with the duty to delete at the end of the
 * retention at the recipient; the DPV says the same in its own terms (purpose, personal data, data subjects, recipient,
 * legal bases with Concordat's exact citations, storage duration). The shape is frozen: LinkedDataFormatTest compares a
 * full sample with a golden file. Labels and citations come from the catalogue in force when the document was made.
 */
public final class AgreementLinkedData {

    public static final String FORMAT = "concordat.agreement-version-ld/1";

    /** Where an installation serves the format's files, below its base address. */
    public static final String FORMAT_PATH = "/api/v1/formats/agreement-ld/1/";

    /** The IANA media type of JSON-LD. */
    public static final String MEDIA_TYPE = "application/ld+json";

    private static final String URN = "urn:concordat:";
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final JsonBuilderFactory BUILDERS = JSON.createBuilderFactory(Map.of());
    /** Compact, as the JSON: a reader's tools indent it; the 100-flow agreement is half the size without. */
    private static final JsonWriterFactory WRITERS = JSON.createWriterFactory(Map.of());

    private final AgreementData data;
    private final Catalogue catalogue;
    private final String version;
    private final Map<String, AgreementData.PartyData> parties;

    private AgreementLinkedData(AgreementData data, Catalogue catalogue) {
        this.data = data;
        this.catalogue = catalogue;
        this.version = URN + "agreement:" + segment(data.reference()) + ":version:" + data.number();
        this.parties = data.parties().stream().collect(Collectors.toMap(AgreementData.PartyData::key, Function.identity(),
                (a, b) -> a));
    }

    /**
     * The version as JSON-LD (UTF-8) whose context is the format's, as the installation at {@code baseUrl} serves it.
     *
     * @param baseUrl the address people reach Concordat at, without a trailing slash
     */
    public static byte[] of(AgreementData data, Catalogue catalogue, String baseUrl) {
        JsonObject document = new AgreementLinkedData(data, catalogue).document(baseUrl + FORMAT_PATH + "context.jsonld");
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096 + 3072 * data.flows().size());
        try (var writer = WRITERS.createWriter(out, StandardCharsets.UTF_8)) {
            writer.writeObject(document);
        }
        return out.toByteArray();
    }

    private JsonObject document(String context) {
        JsonObjectBuilder agreement = BUILDERS.createObjectBuilder()
                .add("@context", context)
                .add("id", version)
                // A submitted version is the text every party signs (its PDF is rendered then, and the signatures
                // are made on that document): the agreement. A draft is only proposed.
                .add("type", data.status() == VersionStatus.DRAFT ? "Offer" : "Agreement")
                .add("conformsTo", FORMAT)
                .add("identifier", data.reference())
                .add("version", String.valueOf(data.number()))
                .add("isVersionOf", URN + "agreement:" + segment(data.reference()))
                .add("title", data.title());
        text(agreement, "description", data.purpose());
        Optional.ofNullable(LinkedDataTerms.contractStatus(data.status())).ifPresent(s -> agreement.add("hasContractStatus", s));
        agreement.add("source", URN + "legal-catalogue:" + segment(catalogue.version()));
        agreement.add("hasApplicableLaw", strings(data.flows().stream()
                .flatMap(f -> applicableLaw(f.details()).stream()).collect(Collectors.toCollection(TreeSet::new))));
        JsonArrayBuilder validity = BUILDERS.createArrayBuilder();
        date(validity, "odrl:gteq", data.effectiveDate());
        date(validity, "odrl:lteq", data.terminatedOn() != null ? data.terminatedOn() : data.endDate());
        JsonArrayBuilder partyList = BUILDERS.createArrayBuilder();
        data.parties().forEach(p -> partyList.add(BUILDERS.createObjectBuilder()
                .add("id", URN + "organisation:" + p.organisationId())
                .add("type", BUILDERS.createArrayBuilder().add("Party").add(LinkedDataTerms.role(p.role())))
                .add("hasName", p.organisationName())));
        agreement.add("hasParty", partyList);
        agreement.add("constraint", validity);
        JsonArrayBuilder permissions = BUILDERS.createArrayBuilder();
        for (AgreementData.FlowData flow : data.flows()) {
            FlowDetails d = flow.details();
            permissions.add(permission(flow.key(), d, d.sender(), d.recipient(), ""));
            if (d.bothWays()) {
                permissions.add(permission(flow.key(), d, d.recipient(), d.sender(), ":reverse"));
            }
        }
        agreement.add("permission", permissions);
        return agreement.build();
    }

    /** One direction of a flow: the sender lets the recipient have the data, on the flow's terms. */
    private JsonObjectBuilder permission(String key, FlowDetails d, String from, String to, String direction) {
        String id = version + ":flow:" + segment(key) + direction;
        JsonObjectBuilder permission = BUILDERS.createObjectBuilder()
                .add("id", id)
                .add("type", "Permission")
                .add("identifier", key)
                .add("action", "odrl:distribute")
                .add("hasProcessing", "dpv:Share")
                .add("assigner", party(from))
                .add("assignee", party(to))
                .add("target", BUILDERS.createObjectBuilder()
                        .add("id", id + ":data")
                        .add("type", "Asset")
                        .add("hasPersonalData", concepts(d.dataCategories(), "data-category", c -> {
                            CatalogueEntry e = catalogue.find(c).orElse(null);
                            String kind = e != null && e.has("special-category") ? "dpv:SpecialCategoryPersonalData"
                                    : e != null && (e.has("criminal-offence") || e.has("sensitive-context"))
                                    ? "dpv:SensitivePersonalData" : "dpv:PersonalData";
                            return new Concept(kind, LinkedDataTerms.dataCategory(c));
                        }))
                        .add("hasDataSubject", concepts(d.dataSubjects(), "data-subject",
                                c -> new Concept("dpv:DataSubject", LinkedDataTerms.dataSubject(c)))));
        JsonArrayBuilder constraints = BUILDERS.createArrayBuilder();
        if (present(d.purpose())) {
            permission.add("hasPurpose", concept(d.purpose(), "purpose",
                    new Concept("dpv:Purpose", LinkedDataTerms.purpose(d.purpose()))));
            constraints.add(constraint("odrl:purpose", URN + "purpose:" + segment(d.purpose()), null, null));
        }
        permission.add("hasRecipient", party(to));
        constraints.add(constraint("odrl:recipient", party(to), null, null));
        if (present(d.transferMethod())) {
            constraints.add(constraint("odrl:deliveryChannel", URN + "transfer-method:" + segment(d.transferMethod()),
                    d.transferMethod(), title(d.transferMethod())));
        }
        permission.add("constraint", constraints);
        if (present(d.retention())) {
            permission.add("duty", BUILDERS.createArrayBuilder().add(BUILDERS.createObjectBuilder()
                    .add("type", "Duty")
                    .add("action", "odrl:delete")
                    .add("hasStorageCondition", BUILDERS.createObjectBuilder()
                            .add("type", "dpv:StorageDuration")
                            .add("description", d.retention().strip()))));
        }
        if (present(d.frequency())) {
            permission.add("hasFrequency", BUILDERS.createObjectBuilder()
                    .add("type", "dpv:Frequency")
                    .add("description", d.frequency().strip()));
        }
        permission.add("hasLegalBasis", legalBases(d.law()));
        permission.add("hasApplicableLaw", strings(applicableLaw(d)));
        text(permission, "description", d.notes());
        return permission;
    }

    /**
     * Everything the flow relies on in law, in the order the law reads: each with its capacity (a lawful basis, an
     * Article 9 condition, ...), its code, catalogue title and exact citation, the DPV's kind of basis and the EU GDPR
     * extension's point where they say the same, and the Act it belongs to.
     */
    private JsonArrayBuilder legalBases(LegalBasis law) {
        JsonArrayBuilder bases = BUILDERS.createArrayBuilder();
        for (LegalBasis.Citation cited : law.citations()) {
            JsonObjectBuilder basis = BUILDERS.createObjectBuilder()
                    .add("type", "dpv:LegalBasis")
                    .add("kind", URN + "legal-part:" + cited.part().name());
            if (cited.part() == LegalBasis.Part.OTHER_LEGAL_POWER) {
                // A basis in law outside the catalogue: its citation is all there is.
                basis.add("citation", cited.code());
                bases.add(basis);
                continue;
            }
            basis.add("identifier", cited.code());
            Optional<CatalogueEntry> entry = catalogue.find(cited.code());
            basis.add("title", entry.map(CatalogueEntry::title).orElse(cited.code()));
            entry.map(CatalogueEntry::citation).ifPresent(c -> basis.add("citation", c));
            List<String> kinds = cited.part() == LegalBasis.Part.LAWFUL_BASIS
                    ? LinkedDataTerms.lawfulBasis(cited.code()) : List.of();
            if (!kinds.isEmpty()) {
                basis.add("broader", strings(kinds));
            }
            Optional.ofNullable(LinkedDataTerms.gdprPoint(cited.code())).ifPresent(p -> basis.add("closeMatch", p));
            List<String> acts = LinkedDataTerms.law(cited.code());
            if (!acts.isEmpty()) {
                basis.add("hasApplicableLaw", strings(acts));
            }
            bases.add(basis);
        }
        return bases;
    }

    /** The Acts a flow's processing comes under: the UK GDPR and the DPA 2018, or for law enforcement Part 3 only. */
    private static List<String> applicableLaw(FlowDetails d) {
        return d.law().regime() == Regime.LAW_ENFORCEMENT ? List.of(LinkedDataTerms.DPA_2018)
                : List.of(LinkedDataTerms.UK_GDPR, LinkedDataTerms.DPA_2018);
    }

    /** A kind of Concordat's (a purpose, a data category) as a DPV concept, under the DPV terms it is a case of. */
    private record Concept(String type, List<String> broader) {
    }

    private JsonArrayBuilder concepts(Collection<String> codes, String scheme, Function<String, Concept> kind) {
        JsonArrayBuilder concepts = BUILDERS.createArrayBuilder();
        // In code order, so that the same version always reads the same.
        new TreeSet<>(codes).forEach(c -> concepts.add(concept(c, scheme, kind.apply(c))));
        return concepts;
    }

    private JsonObjectBuilder concept(String code, String scheme, Concept kind) {
        JsonObjectBuilder concept = BUILDERS.createObjectBuilder()
                .add("id", URN + scheme + ":" + segment(code))
                .add("type", kind.type())
                .add("identifier", code)
                .add("title", title(code));
        if (!kind.broader().isEmpty()) {
            concept.add("broader", strings(new LinkedHashSet<>(kind.broader())));
        }
        return concept;
    }

    private JsonObjectBuilder constraint(String leftOperand, String value, String identifier, String title) {
        JsonObjectBuilder right = BUILDERS.createObjectBuilder().add("id", value);
        if (identifier != null) {
            right.add("identifier", identifier).add("title", title);
        }
        return BUILDERS.createObjectBuilder()
                .add("type", "Constraint")
                .add("leftOperand", leftOperand)
                .add("operator", "odrl:eq")
                .add("rightOperand", right);
    }

    private void date(JsonArrayBuilder constraints, String operator, LocalDate day) {
        if (day != null) {
            constraints.add(BUILDERS.createObjectBuilder()
                    .add("type", "Constraint")
                    .add("leftOperand", "odrl:dateTime")
                    .add("operator", operator)
                    .add("rightOperand", BUILDERS.createObjectBuilder()
                            .add("@value", day.toString())
                            .add("@type", "xsd:date")));
        }
    }

    /** A party key as the organisation it stands for; a key the version does not define stays the version's own. */
    private String party(String key) {
        AgreementData.PartyData party = key == null ? null : parties.get(key);
        return party != null ? URN + "organisation:" + party.organisationId()
                : version + ":party:" + segment(String.valueOf(key));
    }

    private String title(String code) {
        return catalogue.find(code).map(CatalogueEntry::title).orElse(code);
    }

    private static JsonArrayBuilder strings(Collection<String> values) {
        JsonArrayBuilder array = BUILDERS.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static void text(JsonObjectBuilder object, String name, String value) {
        if (present(value)) {
            object.add(name, value.strip());
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** A code or reference as one segment of a URN: letters, digits and - . _ as they are, anything else escaped. */
    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }
}
