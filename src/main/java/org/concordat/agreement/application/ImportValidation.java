package org.concordat.agreement.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.concordat.agreement.domain.AgreementDetails;
import org.concordat.agreement.domain.FlowDetails;
import org.concordat.agreement.domain.ImportProblem;
import org.concordat.agreement.domain.ImportRejectedException;
import org.concordat.agreement.domain.PartyDetails;
import org.concordat.agreement.domain.PartyRole;
import org.concordat.legal.domain.LegalBasis;
import org.concordat.legal.domain.compliance.AgreementFacts;
import org.concordat.legal.domain.compliance.ComplianceReport;
import org.concordat.legal.domain.compliance.DpiaStatus;
import org.concordat.legal.domain.compliance.Finding;
import org.concordat.legal.domain.compliance.FlowFacts;
import org.concordat.legal.domain.compliance.PartyFacts;
import org.concordat.legal.domain.compliance.Regime;
import org.concordat.legal.domain.compliance.Severity;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.shared.application.SpreadsheetCells;
import org.concordat.shared.application.SpreadsheetCells.ReadSheet;
import org.concordat.shared.domain.Messages;

/**
 * Checks a file brought in for import, all of it, and says everything wrong at once, cell by cell: the sheets and
 * headings, every cell against what its column takes (an organisation of the partnership, a catalogue entry, a date,
 * yes or no, text of a bounded length, never a formula), then the agreement as a whole against the compliance rules
 * that block a submission (special category data without an Article 9 condition, criminal offence data without an
 * Article 10 authority, a lawful basis missing, …), each finding placed on the row and column of its flow. Only a file
 * with no problem gives an {@link ImportPlan}; otherwise {@link ImportRejectedException} lists them all.
 *
 * <p>Plain Java, given the catalogue's words, the organisations and the rules: tested without a container.
 */
public final class ImportValidation {

    /** The most flows one file may hold. */
    public static final int MAX_FLOWS = 5000;

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK), DateTimeFormatter.ofPattern("d-M-uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d.M.uuuu", Locale.UK), DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK));

    /** The longest text each free-text column takes (the database's and the editor's limits). */
    private static final Map<ImportColumn, Integer> LONGEST = Map.of(ImportColumn.REFERENCE, 100, ImportColumn.TITLE, 200,
            ImportColumn.AGREEMENT_PURPOSE, 4000, ImportColumn.BENEFITS, 4000, ImportColumn.FREQUENCY, 200,
            ImportColumn.RETENTION, 500, ImportColumn.OTHER_LEGAL_POWER, LegalBasis.OTHER_LEGAL_POWER_MAX,
            ImportColumn.NOTES, 4000);

    /** The flow fields the rules' findings name, and the column each is typed in. */
    private static final Map<String, ImportColumn> FIELD_COLUMNS = Map.ofEntries(
            Map.entry("sender", ImportColumn.FROM_ORGANISATION), Map.entry("recipient", ImportColumn.TO_ORGANISATION),
            Map.entry("dataSubjects", ImportColumn.DATA_SUBJECTS), Map.entry("dataCategories", ImportColumn.DATA_CATEGORIES),
            Map.entry("purpose", ImportColumn.PURPOSE), Map.entry("transferMethod", ImportColumn.TRANSFER_METHOD),
            Map.entry("retention", ImportColumn.RETENTION), Map.entry("regime", ImportColumn.REGIME),
            Map.entry("lawfulBases", ImportColumn.ARTICLE_6_BASES), Map.entry("recognisedInterest", ImportColumn.RECOGNISED_INTEREST),
            Map.entry("article9Condition", ImportColumn.ARTICLE_9_CONDITION),
            Map.entry("schedule1Condition", ImportColumn.SCHEDULE_1_CONDITION),
            Map.entry("article10Authority", ImportColumn.ARTICLE_10_AUTHORITY),
            Map.entry("article10Condition", ImportColumn.ARTICLE_10_SCHEDULE_1_CONDITION),
            Map.entry("lawEnforcementBasis", ImportColumn.PART_3_BASIS),
            Map.entry("sensitiveProcessing", ImportColumn.SENSITIVE_PROCESSING),
            Map.entry("schedule8Condition", ImportColumn.SCHEDULE_8_CONDITION),
            Map.entry("statutoryGateways", ImportColumn.STATUTORY_GATEWAYS),
            Map.entry("otherLegalPower", ImportColumn.OTHER_LEGAL_POWER),
            Map.entry("confidentialityBasis", ImportColumn.CONFIDENTIALITY),
            Map.entry("effectiveDate", ImportColumn.IN_FORCE_FROM), Map.entry("reviewDate", ImportColumn.REVIEW_DATE));

    private static final Set<ImportColumn> REQUIRED = Set.of(ImportColumn.TITLE, ImportColumn.LEAD_ORGANISATION,
            ImportColumn.IN_FORCE_FROM, ImportColumn.FROM_ORGANISATION, ImportColumn.TO_ORGANISATION,
            ImportColumn.DATA_SUBJECTS, ImportColumn.DATA_CATEGORIES, ImportColumn.PURPOSE);

    private final ImportVocabulary words;
    private final Map<Long, OrganisationData> organisations;
    private final Function<AgreementFacts, ComplianceReport> rules;

    public ImportValidation(ImportVocabulary words, List<OrganisationData> organisations,
                            Function<AgreementFacts, ComplianceReport> rules) {
        this.words = words;
        this.organisations = organisations.stream().collect(Collectors.toMap(OrganisationData::id, o -> o, (a, b) -> a,
                LinkedHashMap::new));
        this.rules = rules;
    }

    public static String agreementSheet() {
        return Messages.text("agreement.ImportValidation.agreementSheet");
    }

    public static String flowsSheet() {
        return Messages.text("agreement.ImportValidation.flowsSheet");
    }

    /** A workbook: its Agreement and Flows sheets (others, such as the guidance and the lists, are not read). */
    public ImportPlan workbook(List<ReadSheet> sheets, long importer) {
        Optional<ReadSheet> agreement = sheets.stream().filter(s -> s.name().trim().equalsIgnoreCase(agreementSheet())).findFirst();
        Optional<ReadSheet> flows = sheets.stream().filter(s -> s.name().trim().equalsIgnoreCase(flowsSheet())).findFirst();
        List<ImportProblem> problems = new ArrayList<>();
        if (agreement.isEmpty()) {
            problems.add(new ImportProblem(agreementSheet(), 0, null, null,
                    Messages.text("agreement.ImportValidation.noSheet", agreementSheet())));
        }
        if (flows.isEmpty()) {
            problems.add(new ImportProblem(flowsSheet(), 0, null, null, Messages.text("agreement.ImportValidation.noSheet", flowsSheet())));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        Table a = Table.of(agreement.get(), true, problems);
        Table f = Table.of(flows.get(), false, problems);
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return check(a, f, importer, problems);
    }

    /** A CSV: one row per flow, with the agreement's columns first, filled on the first row (later rows repeat them or leave them empty). */
    public ImportPlan csv(ReadSheet sheet, long importer) {
        List<ImportProblem> problems = new ArrayList<>();
        Table all = Table.of(sheet, null, problems);
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        List<Row> first = all.rows.isEmpty() ? List.of() : List.of(all.rows.get(0));
        for (Row row : all.rows.subList(Math.min(1, all.rows.size()), all.rows.size())) {
            for (ImportColumn column : all.columns.keySet()) {
                String value = row.get(column);
                if (column.ofAgreement() && !value.isEmpty() && !value.equals(all.rows.get(0).get(column))) {
                    problems.add(all.problem(row.number, column, Messages.text("agreement.ImportValidation.agreementDiffers",
                            all.rows.get(0).number)));
                }
            }
        }
        Table agreement = new Table(all.sheet, all.columns, first);
        return check(agreement, all, importer, problems);
    }

    private ImportPlan check(Table agreement, Table flows, long importer, List<ImportProblem> problems) {
        // The agreement: exactly one row.
        if (agreement.rows.isEmpty()) {
            problems.add(new ImportProblem(agreement.sheet, 2, null, null, Messages.text("agreement.ImportValidation.noAgreementRow")));
            throw new ImportRejectedException(problems);
        }
        if (agreement.rows.size() > 1 && agreement != flows) {
            problems.add(new ImportProblem(agreement.sheet, agreement.rows.get(1).number, null, null,
                    Messages.text("agreement.ImportValidation.oneAgreementPerFile")));
        }
        Row a = agreement.rows.get(0);
        Cells ac = new Cells(agreement, a, problems);
        String reference = ac.text(ImportColumn.REFERENCE);
        String title = ac.text(ImportColumn.TITLE);
        Long lead = ac.organisation(ImportColumn.LEAD_ORGANISATION);
        LocalDate effective = ac.date(ImportColumn.IN_FORCE_FROM);
        LocalDate review = ac.date(ImportColumn.REVIEW_DATE);
        LocalDate end = ac.date(ImportColumn.END_DATE);
        String purpose = ac.text(ImportColumn.AGREEMENT_PURPOSE);
        String benefits = ac.text(ImportColumn.BENEFITS);
        if (effective != null && end != null && !end.isAfter(effective)) {
            problems.add(agreement.problem(a.number, ImportColumn.END_DATE, Messages.text("agreement.ImportValidation.endBeforeStart")));
        }
        if (effective != null && review != null && !review.isAfter(effective)) {
            problems.add(agreement.problem(a.number, ImportColumn.REVIEW_DATE, Messages.text("agreement.ImportValidation.reviewBeforeStart")));
        }

        // The flows, and the parties they name (the lead first).
        Map<Long, String> partyKeys = new LinkedHashMap<>();
        if (lead != null) {
            partyKeys.put(lead, "P1");
        }
        List<Row> flowRows = flows.rows.stream().filter(r -> !r.blank(flows.columns.keySet().stream().filter(c -> !c.ofAgreement()).toList())).toList();
        if (flowRows.isEmpty()) {
            problems.add(new ImportProblem(flows.sheet, 2, null, null, Messages.text("agreement.ImportValidation.noFlows")));
        }
        if (flowRows.size() > MAX_FLOWS) {
            problems.add(new ImportProblem(flows.sheet, 0, null, null, Messages.text("agreement.ImportValidation.tooManyFlows", MAX_FLOWS)));
            throw new ImportRejectedException(problems);
        }
        record Read(Row row, Long from, Long to, FlowDetails details) {
        }
        List<Read> read = new ArrayList<>();
        for (Row row : flowRows) {
            Cells c = new Cells(flows, row, problems);
            Long from = c.organisation(ImportColumn.FROM_ORGANISATION);
            Long to = c.organisation(ImportColumn.TO_ORGANISATION);
            if (from != null && from.equals(to)) {
                problems.add(flows.problem(row.number, ImportColumn.TO_ORGANISATION, Messages.text("agreement.ImportValidation.sameOrganisation")));
            }
            Boolean bothWays = c.yesNo(ImportColumn.BOTH_WAYS);
            Set<String> subjects = c.codes(ImportColumn.DATA_SUBJECTS);
            Set<String> categories = c.codes(ImportColumn.DATA_CATEGORIES);
            String flowPurpose = c.code(ImportColumn.PURPOSE);
            String frequency = c.text(ImportColumn.FREQUENCY);
            String transfer = c.code(ImportColumn.TRANSFER_METHOD);
            String retention = c.text(ImportColumn.RETENTION);
            Regime regime = c.regime();
            LegalBasis law = new LegalBasis(regime, c.codes(ImportColumn.ARTICLE_6_BASES), c.code(ImportColumn.RECOGNISED_INTEREST),
                    LegalBasis.Condition.of(c.code(ImportColumn.ARTICLE_9_CONDITION), c.code(ImportColumn.SCHEDULE_1_CONDITION)),
                    LegalBasis.Condition.of(c.code(ImportColumn.ARTICLE_10_AUTHORITY), c.code(ImportColumn.ARTICLE_10_SCHEDULE_1_CONDITION)),
                    c.code(ImportColumn.PART_3_BASIS),
                    LegalBasis.Condition.of(c.code(ImportColumn.SENSITIVE_PROCESSING), c.code(ImportColumn.SCHEDULE_8_CONDITION)),
                    c.codes(ImportColumn.STATUTORY_GATEWAYS), c.text(ImportColumn.OTHER_LEGAL_POWER),
                    c.code(ImportColumn.CONFIDENTIALITY), null, null);
            String notes = c.text(ImportColumn.NOTES);
            if (from != null) {
                partyKeys.computeIfAbsent(from, k -> "P" + (partyKeys.size() + 1));
            }
            if (to != null) {
                partyKeys.computeIfAbsent(to, k -> "P" + (partyKeys.size() + 1));
            }
            read.add(new Read(row, from, to, new FlowDetails(from == null ? "" : partyKeys.get(from),
                    to == null ? "" : partyKeys.get(to), Boolean.TRUE.equals(bothWays), subjects, categories, flowPurpose,
                    frequency, transfer, retention, law, notes)));
        }
        if (lead != null && !partyKeys.containsKey(importer)) {
            problems.add(agreement.problem(a.number, ImportColumn.LEAD_ORGANISATION,
                    Messages.text("agreement.ImportValidation.importerNotAParty", name(importer))));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }

        // The agreement as a whole, against the rules that would block its submission in Concordat.
        List<PartyDetails> parties = new ArrayList<>();
        List<PartyFacts> partyFacts = new ArrayList<>();
        partyKeys.forEach((organisation, key) -> {
            OrganisationData o = organisations.get(organisation);
            parties.add(new PartyDetails(organisation, PartyRole.CONTROLLER, null, null, null));
            partyFacts.add(new PartyFacts(key, o.name(), o.details().sector().name(), o.details().publicAuthority(),
                    o.details().competentAuthority(), o.details().apdReference() != null && o.details().apdDate() != null,
                    PartyRole.CONTROLLER.name()));
        });
        List<FlowFacts> flowFacts = new ArrayList<>();
        Map<String, Row> rowOfFlow = new LinkedHashMap<>();
        for (int i = 0; i < read.size(); i++) {
            FlowDetails d = read.get(i).details();
            String key = "F" + (i + 1);
            rowOfFlow.put(key, read.get(i).row());
            flowFacts.add(new FlowFacts(key, d.sender(), d.recipient(), d.bothWays(), d.dataSubjects(), d.dataCategories(),
                    d.purpose(), d.transferMethod(), d.retention(), d.law()));
        }
        AgreementDetails details = new AgreementDetails(title, purpose, benefits, effective,
                review != null ? review : effective.plusYears(1), end);
        ComplianceReport report = rules.apply(new AgreementFacts(details.effectiveDate(), details.reviewDate(), partyFacts,
                flowFacts, DpiaStatus.NONE));
        List<String> notes = new ArrayList<>();
        for (Finding finding : report.findings()) {
            if (finding.severity() != Severity.ERROR) {
                continue;
            }
            if ("dpia".equals(finding.field())) {
                // The DPIA was assessed outside Concordat, with the agreement: linking it is for the next amendment.
                notes.add(finding.message() + " " + finding.action());
                continue;
            }
            String message = finding.message() + " " + finding.action();
            ImportColumn column = finding.field() == null ? null : FIELD_COLUMNS.get(finding.field());
            if (finding.flowId() != null && rowOfFlow.containsKey(finding.flowId())) {
                int row = rowOfFlow.get(finding.flowId()).number;
                problems.add(column == null || !flows.columns.containsKey(column)
                        ? new ImportProblem(flows.sheet, row, null, null, message) : flows.problem(row, column, message));
            } else {
                problems.add(column == null || !agreement.columns.containsKey(column)
                        ? new ImportProblem(agreement.sheet, a.number, null, null, message) : agreement.problem(a.number, column, message));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        List<ImportPlan.PlannedFlow> planned = read.stream().map(r -> new ImportPlan.PlannedFlow(r.row().number, r.details(),
                name(r.from()), name(r.to()), words.label(ImportColumn.PURPOSE, r.details().purpose()),
                labels(ImportColumn.DATA_SUBJECTS, r.details().dataSubjects()),
                labels(ImportColumn.DATA_CATEGORIES, r.details().dataCategories()))).toList();
        return new ImportPlan(reference, details, lead, parties, partyKeys.keySet().stream().map(this::name).toList(), planned, notes);
    }

    /** A cell's text as a message quotes it: at most {@code most} characters. */
    static String abbreviate(String text, int most) {
        return text.length() <= most ? text : text.substring(0, most - 1) + "\u2026";
    }

    private String labels(ImportColumn column, Set<String> codes) {
        return codes.stream().map(c -> words.label(column, c)).sorted().collect(Collectors.joining("; "));
    }

    private String name(Long organisation) {
        OrganisationData o = organisation == null ? null : organisations.get(organisation);
        return o == null ? "" : o.name();
    }

    /** A row of a sheet: its number as the spreadsheet shows it, and its cells by column. */
    private record Row(int number, Map<ImportColumn, String> cells) {
        String get(ImportColumn column) {
            return cells.getOrDefault(column, "");
        }

        boolean blank(List<ImportColumn> columns) {
            return columns.stream().allMatch(c -> get(c).isBlank());
        }
    }

    /** A sheet read by its headings: where each column is, and the rows below the heading. */
    private record Table(String sheet, Map<ImportColumn, Integer> columns, List<Row> rows) {

        /**
         * @param agreement true for the agreement's sheet, false for the flows', null for a CSV (both)
         */
        static Table of(ReadSheet read, Boolean agreement, List<ImportProblem> problems) {
            String sheet = read.name();
            if (read.rows().isEmpty() || read.rows().get(0).stream().allMatch(String::isBlank)) {
                problems.add(new ImportProblem(sheet, 1, null, null, Messages.text("agreement.ImportValidation.noHeadings")));
                return new Table(sheet, Map.of(), List.of());
            }
            Map<String, ImportColumn> byHeading = new LinkedHashMap<>();
            for (ImportColumn c : ImportColumn.values()) {
                if (agreement == null || agreement == c.ofAgreement()) {
                    byHeading.put(ImportVocabulary.normal(c.heading()), c);
                    byHeading.put(ImportVocabulary.normal(c.name()), c);
                }
            }
            Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
            List<String> headings = read.rows().get(0);
            for (int i = 0; i < headings.size(); i++) {
                String heading = headings.get(i);
                if (heading == null || heading.isBlank()) {
                    continue;
                }
                ImportColumn column = byHeading.get(ImportVocabulary.normal(heading));
                String cell = SpreadsheetCells.cellName(i, 1);
                if (column == null) {
                    problems.add(new ImportProblem(sheet, 1, heading, cell, Messages.text("agreement.ImportValidation.unknownHeading")));
                } else if (columns.containsKey(column)) {
                    problems.add(new ImportProblem(sheet, 1, heading, cell, Messages.text("agreement.ImportValidation.repeatedHeading")));
                } else {
                    columns.put(column, i);
                }
            }
            for (ImportColumn c : REQUIRED) {
                if ((agreement == null || agreement == c.ofAgreement()) && !columns.containsKey(c)) {
                    problems.add(new ImportProblem(sheet, 1, c.heading(), null, Messages.text("agreement.ImportValidation.missingHeading")));
                }
            }
            List<Row> rows = new ArrayList<>();
            for (int r = 1; r < read.rows().size(); r++) {
                List<String> cells = read.rows().get(r);
                Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
                columns.forEach((c, i) -> values.put(c, i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : ""));
                Row row = new Row(r + 1, values);
                if (!row.blank(List.copyOf(columns.keySet()))) {
                    rows.add(row);
                }
            }
            return new Table(sheet, columns, rows);
        }

        ImportProblem problem(int row, ImportColumn column, String message) {
            Integer index = columns.get(column);
            return new ImportProblem(sheet, row, column.heading(), index == null ? null
                    : SpreadsheetCells.cellName(index, row), message);
        }
    }

    /** The cells of one row, each read as its column says, every problem noted. */
    private final class Cells {
        private final Table table;
        private final Row row;
        private final List<ImportProblem> problems;

        Cells(Table table, Row row, List<ImportProblem> problems) {
            this.table = table;
            this.row = row;
            this.problems = problems;
        }

        private String raw(ImportColumn column) {
            String value = row.get(column);
            if (!value.isEmpty() && "=+@".indexOf(value.charAt(0)) >= 0) {
                problem(column, Messages.text("agreement.ImportValidation.formula", abbreviate(value, 40)));
                return null;
            }
            if (value.isEmpty()) {
                if (REQUIRED.contains(column)) {
                    problem(column, Messages.text("agreement.ImportValidation.required"));
                }
                return null;
            }
            return value;
        }

        private void problem(ImportColumn column, String message) {
            problems.add(table.problem(row.number, column, message));
        }

        String text(ImportColumn column) {
            String value = raw(column);
            if (value != null && LONGEST.containsKey(column) && value.length() > LONGEST.get(column)) {
                problem(column, Messages.text("agreement.ImportValidation.tooLong", LONGEST.get(column), value.length()));
                return null;
            }
            return value;
        }

        LocalDate date(ImportColumn column) {
            String value = raw(column);
            if (value == null) {
                return null;
            }
            for (DateTimeFormatter format : DATES) {
                try {
                    return LocalDate.parse(value, format);
                } catch (DateTimeParseException e) {
                    // the next format
                }
            }
            problem(column, Messages.text("agreement.ImportValidation.notADate", abbreviate(value, 40)));
            return null;
        }

        Long organisation(ImportColumn column) {
            String value = raw(column);
            if (value == null) {
                return null;
            }
            Optional<String> id = words.match(column, value);
            if (id.isEmpty()) {
                problem(column, Messages.text("agreement.ImportValidation.unknownOrganisation", abbreviate(value, 80)));
                return null;
            }
            return Long.valueOf(id.get());
        }

        Boolean yesNo(ImportColumn column) {
            String value = raw(column);
            if (value == null) {
                return null;
            }
            Optional<String> answer = words.match(column, value);
            if (answer.isEmpty()) {
                problem(column, Messages.text("agreement.ImportValidation.yesOrNo", abbreviate(value, 40)));
                return null;
            }
            return Boolean.valueOf(answer.get());
        }

        Regime regime() {
            String value = raw(ImportColumn.REGIME);
            if (value == null) {
                return Regime.GENERAL;
            }
            Optional<String> regime = words.match(ImportColumn.REGIME, value);
            if (regime.isEmpty()) {
                problem(ImportColumn.REGIME, Messages.text("agreement.ImportValidation.unknownRegime", abbreviate(value, 60),
                        words.options(ImportColumn.REGIME).stream().map(ImportVocabulary.Option::label).collect(Collectors.joining(" / "))));
                return Regime.GENERAL;
            }
            return Regime.valueOf(regime.get());
        }

        String code(ImportColumn column) {
            String value = raw(column);
            if (value == null) {
                return null;
            }
            Optional<String> code = words.match(column, value);
            if (code.isEmpty()) {
                problem(column, Messages.text("agreement.ImportValidation.unknownValue", abbreviate(value, 80), column.heading()));
                return null;
            }
            return code.get();
        }

        Set<String> codes(ImportColumn column) {
            String value = raw(column);
            Set<String> codes = new LinkedHashSet<>();
            if (value == null) {
                return codes;
            }
            for (String part : value.split("[;\\n]")) {
                if (part.isBlank()) {
                    continue;
                }
                Optional<String> code = words.match(column, part);
                if (code.isEmpty()) {
                    problem(column, Messages.text("agreement.ImportValidation.unknownValue", abbreviate(part.strip(), 80),
                            column.heading()));
                } else {
                    codes.add(code.get());
                }
            }
            return codes;
        }
    }
}
