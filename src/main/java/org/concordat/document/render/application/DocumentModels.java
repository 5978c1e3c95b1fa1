package org.concordat.document.render.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.domain.FlowDetails;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.document.render.domain.DocumentModel;
import org.concordat.document.render.domain.DocumentModel.LegalBasis;
import org.concordat.document.render.domain.DocumentModel.Provision;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.legal.domain.LegalBasis.Citation;
import org.concordat.legal.domain.LegalBasis.Part;
import org.concordat.legal.domain.Topic;
import org.concordat.legal.domain.compliance.Regime;
import org.concordat.shared.domain.Language;
import org.concordat.template.domain.SectionSpec;
import org.concordat.template.domain.TemplateContent;

/** Puts an agreement version into words for its document: names for party keys, catalogue titles for codes. */
final class DocumentModels {

    /** The topics whose entries are law, cited in the legal annex (the others are vocabulary). */
    private static final List<Topic> LAW = List.of(Topic.LAWFUL_BASES, Topic.SPECIAL_CATEGORY_CONDITIONS,
            Topic.CRIMINAL_OFFENCE_DATA, Topic.DPA_SCHEDULE_1, Topic.LAW_ENFORCEMENT, Topic.CONFIDENTIALITY,
            Topic.STATUTORY_GATEWAYS);

    private DocumentModels() {
    }

    static DocumentModel agreement(AgreementData data, TemplateContent template, Catalogue catalogue, byte[] json,
                                   Instant producedAt) {
        return agreement(data, template, catalogue, json, producedAt, null);
    }

    /** The document of a version with its linked data (JSON-LD) to attach beside the JSON; null for none. */
    static DocumentModel agreement(AgreementData data, TemplateContent template, Catalogue catalogue, byte[] json,
                                   Instant producedAt, byte[] linkedData) {
        return agreement(data, template, catalogue, json, producedAt, linkedData, Language.ENGLISH, Map.of());
    }

    /**
     * As above, the catalogue's titles and summaries in the document's language where they are translated, and the
     * signatories named to approve outside Concordat (organisation id → their name and role) on the signature page.
     */
    static DocumentModel agreement(AgreementData data, TemplateContent template, Catalogue catalogue, byte[] json,
                                   Instant producedAt, byte[] linkedData, Language language,
                                   Map<Long, String> outsideSignatories) {
        Map<String, String> names = data.parties().stream()
                .collect(Collectors.toMap(AgreementData.PartyData::key, AgreementData.PartyData::organisationName));
        List<DocumentModel.Party> parties = data.parties().stream().map(p -> {
            String outside = outsideSignatories.get(p.organisationId());
            return new DocumentModel.Party(p.key(), p.organisationName(), p.role() == null ? null : p.role().name(),
                    outside != null ? outside : blankToNull(p.signatoryName()), blankToNull(p.contactName()),
                    blankToNull(p.contactEmail()), outside != null);
        }).toList();
        List<DocumentModel.Section> sections = template.sections().stream()
                .map(s -> section(s, data.answers())).toList();
        List<DocumentModel.Flow> flows = data.flows().stream()
                .map(f -> flow(f.key(), f.details(), names, catalogue, language)).toList();
        return new DocumentModel(template.title(), data.title(), data.reference(), data.number(), data.status().name(),
                data.status() == VersionStatus.DRAFT, data.effectiveDate(), data.reviewDate(), data.endDate(),
                blankToNull(data.purpose()), blankToNull(data.benefits()), parties, sections, flows,
                annex(flows, catalogue), json, producedAt, linkedData);
    }

    private static DocumentModel.Section section(SectionSpec spec, Map<String, String> answers) {
        return new DocumentModel.Section(spec.key(), spec.title(), blankToNull(spec.generated()), spec.fields().stream()
                .map(f -> new DocumentModel.Answer(f.label(), blankToNull(answers.get(spec.key() + "." + f.key()))))
                .toList());
    }

    private static DocumentModel.Flow flow(String key, FlowDetails d, Map<String, String> names, Catalogue catalogue,
                                           Language language) {
        // In the order the law reads; codes of one part (bases, gateways) in the catalogue's order.
        List<LegalBasis> law = new ArrayList<>();
        for (Part part : Part.values()) {
            List<String> codes = d.law().citations().stream().filter(c -> c.part() == part).map(Citation::code).toList();
            List<String> ordered = part.topic() == null ? codes : ordered(Set.copyOf(codes), part.topic(), catalogue);
            ordered.forEach(code -> law.add(new LegalBasis(part, provision(code, catalogue, language))));
        }
        return new DocumentModel.Flow(key, names.getOrDefault(d.sender(), d.sender()),
                names.getOrDefault(d.recipient(), d.recipient()), d.bothWays(),
                titles(ordered(d.dataSubjects(), Topic.DATA_SUBJECTS, catalogue), catalogue, language),
                titles(ordered(d.dataCategories(), Topic.DATA_CATEGORIES, catalogue), catalogue, language),
                title(d.purpose(), catalogue, language), blankToNull(d.frequency()), title(d.transferMethod(), catalogue, language),
                blankToNull(d.retention()), d.law().regime() == Regime.LAW_ENFORCEMENT, blankToNull(d.notes()), law);
    }

    /** Every provision the flows rely on, once each: catalogue order, then codes the catalogue does not know. */
    private static List<Provision> annex(List<DocumentModel.Flow> flows, Catalogue catalogue) {
        Map<String, Provision> used = flows.stream().flatMap(f -> f.legalBasis().stream()).map(LegalBasis::provision)
                .collect(Collectors.toMap(Provision::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Provision> annex = new ArrayList<>();
        LAW.stream().flatMap(t -> catalogue.entries(t).stream()).filter(e -> used.containsKey(e.code()))
                .forEach(e -> annex.add(used.remove(e.code())));
        used.values().stream().sorted(Comparator.comparing(Provision::code)).forEach(annex::add);
        return annex;
    }

    private static Provision provision(String code, Catalogue catalogue, Language language) {
        return catalogue.find(code).map(e -> new Provision(code, e.title(language), e.summary(language), e.citation()))
                .orElseGet(() -> new Provision(code, code, null, null));
    }

    /** The codes in the catalogue's order of the topic; codes it does not know come last, sorted. */
    private static List<String> ordered(Set<String> codes, Topic topic, Catalogue catalogue) {
        List<String> known = catalogue.entries(topic).stream().map(CatalogueEntry::code).filter(codes::contains).toList();
        return Stream.concat(known.stream(), codes.stream().filter(c -> !known.contains(c)).sorted()).toList();
    }

    private static List<String> titles(Collection<String> codes, Catalogue catalogue, Language language) {
        return codes.stream().map(c -> title(c, catalogue, language)).toList();
    }

    private static String title(String code, Catalogue catalogue, Language language) {
        return code == null || code.isBlank() ? null : catalogue.find(code).map(e -> e.title(language)).orElse(code);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
