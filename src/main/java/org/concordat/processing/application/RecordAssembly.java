package org.concordat.processing.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.legal.domain.LegalBasis;
import org.concordat.legal.domain.Topic;
import org.concordat.legal.domain.compliance.Regime;
import org.concordat.processing.application.ProcessingRecord.Activity;
import org.concordat.processing.application.ProcessingRecord.Coded;
import org.concordat.processing.application.ProcessingRecord.ConditionRecord;
import org.concordat.processing.application.ProcessingRecord.ConditionUse;
import org.concordat.processing.application.ProcessingRecord.Controller;
import org.concordat.processing.application.ProcessingRecord.Provision;
import org.concordat.processing.domain.Direction;
import org.concordat.processing.domain.ProcessingActivity;
import org.concordat.processing.domain.RecordFilter;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;

/**
 * Puts an organisation's record of processing together from its activities and the catalogue: plain Java, so that the
 * record's content is tested without a server. The law is the flow's {@link LegalBasis}, each code named and cited
 * from the catalogue; paragraph 41 lists the Schedule 1 conditions flagged {@code needs-apd} (DPA 2018 Schedule 1
 * paragraph 5 and Part 4), as the compliance rules and the agreement's own conditions record do.
 */
public final class RecordAssembly {

    /** Catalogue codes of the provisions that ask for the record (controller-duties.yaml). */
    static final List<String> RECORD_LAW = List.of("CD-A30", "CD-S1-P4-41");

    /** Special category data (Article 9) or criminal offence data (Article 10): what a Schedule 1 condition is relied on for. */
    enum ReliedOnFor { SPECIAL_CATEGORY, CRIMINAL_OFFENCE }

    /** The organisation at the other end of a flow: its name and sector code. */
    public record Counterparty(String name, String sector) {
    }

    private final Catalogue catalogue;

    public RecordAssembly(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The filter checked against the catalogue: an Article 6(1) basis from lawful-bases, an Article 9(2) condition from
     * special-category-conditions; anything else is refused, field by field.
     */
    public ProcessingRecord.Filter filter(RecordFilter filter) {
        List<FieldError> errors = new ArrayList<>();
        Provision basis = known(filter.lawfulBasis(), Topic.LAWFUL_BASES, "lawfulBasis",
                "processing.RecordAssembly.chooseALawfulBasis", errors);
        Provision condition = known(filter.article9Condition(), Topic.SPECIAL_CATEGORY_CONDITIONS, "article9Condition",
                "processing.RecordAssembly.chooseAnArticle9Condition", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ProcessingRecord.Filter(basis, condition);
    }

    private Provision known(String code, Topic topic, String field, String message, List<FieldError> errors) {
        if (code == null) {
            return null;
        }
        Optional<CatalogueEntry> entry = catalogue.find(code).filter(e -> e.topic() == topic);
        if (entry.isEmpty()) {
            errors.add(new FieldError(field, Messages.text(message)));
            return null;
        }
        return provision(code);
    }

    /** The record: the activities the filter keeps, each named, and paragraph 41 for the conditions they rely on. */
    public ProcessingRecord assemble(Controller controller, LocalDate day, RecordFilter filter,
                                     List<ProcessingActivity> activities, LongFunction<Counterparty> counterparties) {
        ProcessingRecord.Filter named = filter(filter);
        Map<Long, Counterparty> known = new LinkedHashMap<>();
        List<Activity> kept = new ArrayList<>();
        Map<String, List<ConditionUse>> byCondition = new LinkedHashMap<>();
        for (ProcessingActivity a : activities) {
            if (!filter.matches(a.law())) {
                continue;
            }
            Counterparty other = known.computeIfAbsent(a.otherOrganisationId(), counterparties::apply);
            kept.add(activity(controller, a, other));
            for (Map.Entry<String, ReliedOnFor> condition : policyDocumentConditions(a.law())) {
                byCondition.computeIfAbsent(condition.getKey(), c -> new ArrayList<>())
                        .add(use(controller, a, other, condition.getValue()));
            }
        }
        List<ConditionRecord> paragraph41 = byCondition.entrySet().stream()
                .sorted(Comparator.comparing(e -> catalogue.find(e.getKey()).orElse(null),
                        Comparator.nullsLast(Comparator.comparing((CatalogueEntry e) -> e.part(), Comparator.nullsLast(Comparator.naturalOrder()))
                                .thenComparing(CatalogueEntry::paragraph, Comparator.nullsLast(Comparator.naturalOrder()))
                                .thenComparing(CatalogueEntry::code))))
                .map(e -> new ConditionRecord(provision(e.getKey()), e.getValue())).toList();
        List<Provision> law = RECORD_LAW.stream().filter(c -> catalogue.find(c).isPresent()).map(this::provision).toList();
        return new ProcessingRecord(controller, day, named, law,
                Messages.text("processing.RecordAssembly.scope", controller.name(), day), kept, paragraph41);
    }

    private Activity activity(Controller controller, ProcessingActivity a, Counterparty other) {
        LegalBasis law = a.law();
        return new Activity(
                new ProcessingRecord.Agreement(a.reference(), a.title(), a.versionId(), a.versionNumber(),
                        a.effectiveDate(), a.reviewDate(), a.endDate()),
                a.flowKey(),
                new ProcessingRecord.Part(
                        new Coded(a.partyRole(), Messages.text(roleKey(a.partyRole()))),
                        direction(a.direction()),
                        other.name(), other.sector() == null ? null : coded(other.sector()).name()),
                a.purpose() == null ? null : coded(a.purpose()),
                codedAll(a.dataSubjects()), codedAll(a.dataCategories()),
                new ProcessingRecord.Law(
                        new Coded(law.regime().name(), Messages.text(law.regime() == Regime.GENERAL
                                ? "processing.RecordAssembly.general" : "processing.RecordAssembly.lawEnforcement")),
                        law.lawfulBases().stream().map(this::provision).toList(),
                        provisionOrNull(law.recognisedInterest()),
                        provisionOrNull(law.specialCategory().condition()),
                        provisionOrNull(law.specialCategory().schedule()),
                        provisionOrNull(law.criminalOffence().condition()),
                        provisionOrNull(law.criminalOffence().schedule()),
                        provisionOrNull(law.lawEnforcementBasis()),
                        provisionOrNull(law.sensitiveProcessing().condition()),
                        provisionOrNull(law.sensitiveProcessing().schedule()),
                        law.statutoryGateways().stream().map(this::provision).toList(),
                        law.otherLegalPower()),
                policyDocument(controller, law),
                a.retention(),
                new ProcessingRecord.Security(a.transferMethod() == null ? null : coded(a.transferMethod()), a.frequency(),
                        a.securityMeasures(), a.accessControls()),
                Messages.text("processing.RecordAssembly.transfersNotRecorded"));
    }

    private ConditionUse use(Controller controller, ProcessingActivity a, Counterparty other, ReliedOnFor reliedOnFor) {
        String document = controller.appropriatePolicyDocument();
        String retentionAndErasure = document == null
                ? Messages.text("processing.RecordAssembly.noPolicyDocument")
                : a.retention() == null
                        ? Messages.text("processing.RecordAssembly.noRetentionAgreed", document)
                        : Messages.text("processing.RecordAssembly.checkRetention", document);
        return new ConditionUse(a.reference(), a.versionNumber(), a.flowKey(),
                direction(a.direction()),
                other.name(), a.purpose() == null ? null : coded(a.purpose()),
                new Coded(reliedOnFor.name(), Messages.text(reliedOnFor == ReliedOnFor.SPECIAL_CATEGORY
                        ? "processing.RecordAssembly.specialCategory" : "processing.RecordAssembly.criminalOffence")),
                a.law().lawfulBases().stream().map(this::provision).toList(), a.retention(), retentionAndErasure);
    }

    /** Whether the flow needs an appropriate policy document and, if so, the organisation's (or that it has none). */
    private String policyDocument(Controller controller, LegalBasis law) {
        boolean needed = !policyDocumentConditions(law).isEmpty() || (law.regime() == Regime.LAW_ENFORCEMENT
                && needsDocument(law.sensitiveProcessing().condition()));
        if (!needed) {
            return Messages.text("processing.RecordAssembly.policyDocumentNotNeeded");
        }
        return controller.appropriatePolicyDocument() == null
                ? Messages.text("processing.RecordAssembly.policyDocumentMissing")
                : controller.appropriatePolicyDocument();
    }

    /**
     * The flow's Schedule 1 conditions that need an appropriate policy document, each with what it is relied on for
     * (one condition may serve both the special category and the criminal offence data: two entries).
     */
    private List<Map.Entry<String, ReliedOnFor>> policyDocumentConditions(LegalBasis law) {
        List<Map.Entry<String, ReliedOnFor>> found = new ArrayList<>();
        if (law.regime() != Regime.GENERAL) {
            return found;
        }
        if (needsDocument(law.specialCategory().schedule())) {
            found.add(Map.entry(law.specialCategory().schedule(), ReliedOnFor.SPECIAL_CATEGORY));
        }
        if (needsDocument(law.criminalOffence().schedule())) {
            found.add(Map.entry(law.criminalOffence().schedule(), ReliedOnFor.CRIMINAL_OFFENCE));
        }
        return found;
    }

    private boolean needsDocument(String code) {
        return code != null && catalogue.find(code).map(e -> e.has("needs-apd")).orElse(false);
    }

    private static Coded direction(Direction direction) {
        return new Coded(direction.name(), Messages.text(switch (direction) {
            case DISCLOSES -> "processing.RecordAssembly.discloses";
            case RECEIVES -> "processing.RecordAssembly.receives";
            case BOTH -> "processing.RecordAssembly.both";
        }));
    }

    private static String roleKey(String role) {
        return switch (role) {
            case "JOINT_CONTROLLER" -> "processing.RecordAssembly.roleJointController";
            case "PROCESSOR" -> "processing.RecordAssembly.roleProcessor";
            default -> "processing.RecordAssembly.roleController";
        };
    }

    private List<Coded> codedAll(Set<String> codes) {
        return new TreeSet<>(codes).stream().map(this::coded).toList();
    }

    private Coded coded(String code) {
        return new Coded(code, catalogue.find(code).map(CatalogueEntry::readerTitle).orElse(code));
    }

    private Provision provisionOrNull(String code) {
        return code == null ? null : provision(code);
    }

    private Provision provision(String code) {
        Optional<CatalogueEntry> entry = catalogue.find(code);
        return new Provision(code, entry.map(CatalogueEntry::readerTitle).orElse(code), entry.map(CatalogueEntry::citation).orElse(""));
    }
}
