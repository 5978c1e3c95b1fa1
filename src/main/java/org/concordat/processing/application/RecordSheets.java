package org.concordat.processing.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.concordat.processing.application.ProcessingRecord.Activity;
import org.concordat.processing.application.ProcessingRecord.Coded;
import org.concordat.processing.application.ProcessingRecord.ConditionRecord;
import org.concordat.processing.application.ProcessingRecord.ConditionUse;
import org.concordat.processing.application.ProcessingRecord.Provision;
import org.concordat.shared.application.SpreadsheetCells;
import org.concordat.shared.domain.Messages;

/**
 * The record of processing as a spreadsheet reader gets it: the CSV (the activities, one row each) and the workbook
 * (the activities; the Schedule 1 paragraph 41 record, one row per condition and processing; the controller and what
 * the record covers). Plain names first, the catalogue's codes in the last columns for those who sort or join on them.
 * Written through {@link SpreadsheetCells}, which keeps any text from becoming a formula.
 */
public final class RecordSheets {

    /** A column: its heading's message key (in full, so that MessagesTest finds it), its width in characters and its value in a row. */
    private record Column<T>(String key, int width, Function<T, Object> value) {
        String heading() {
            return Messages.text(key);
        }
    }

    private static final List<Column<Activity>> ACTIVITY = List.of(
            new Column<>("processing.RecordSheets.agreement", 14, a -> a.agreement().reference()),
            new Column<>("processing.RecordSheets.agreementTitle", 30, a -> a.agreement().title()),
            new Column<>("processing.RecordSheets.version", 8, a -> a.agreement().versionNumber()),
            new Column<>("processing.RecordSheets.effectiveDate", 12, a -> a.agreement().effectiveDate()),
            new Column<>("processing.RecordSheets.reviewDate", 12, a -> a.agreement().reviewDate()),
            new Column<>("processing.RecordSheets.flow", 7, Activity::flow),
            new Column<>("processing.RecordSheets.role", 16, a -> name(a.part().role())),
            new Column<>("processing.RecordSheets.direction", 18, a -> name(a.part().direction())),
            new Column<>("processing.RecordSheets.otherOrganisation", 28, a -> a.part().otherOrganisation()),
            new Column<>("processing.RecordSheets.otherOrganisationSector", 20, a -> a.part().otherOrganisationSector()),
            new Column<>("processing.RecordSheets.purpose", 26, a -> name(a.purpose())),
            new Column<>("processing.RecordSheets.dataSubjects", 28, a -> names(a.dataSubjects())),
            new Column<>("processing.RecordSheets.dataCategories", 34, a -> names(a.dataCategories())),
            new Column<>("processing.RecordSheets.regime", 18, a -> name(a.law().regime())),
            new Column<>("processing.RecordSheets.lawfulBases", 34, a -> provisions(a.law().lawfulBases())),
            new Column<>("processing.RecordSheets.recognisedInterest", 28, a -> provision(a.law().recognisedInterest())),
            new Column<>("processing.RecordSheets.article9Condition", 34, a -> provision(a.law().article9Condition())),
            new Column<>("processing.RecordSheets.schedule1Condition", 34, a -> provision(a.law().schedule1Condition())),
            new Column<>("processing.RecordSheets.article10Authority", 34, a -> provision(a.law().article10Authority())),
            new Column<>("processing.RecordSheets.article10Condition", 34, a -> provision(a.law().article10Condition())),
            new Column<>("processing.RecordSheets.lawEnforcement", 34, a -> provisions(Stream.of(a.law().lawEnforcementBasis(),
                    a.law().sensitiveProcessing(), a.law().schedule8Condition()).filter(Objects::nonNull).toList())),
            new Column<>("processing.RecordSheets.statutoryGateways", 38, a -> provisions(a.law().statutoryGateways())),
            new Column<>("processing.RecordSheets.otherLegalPower", 28, a -> a.law().otherLegalPower()),
            new Column<>("processing.RecordSheets.appropriatePolicyDocument", 30, Activity::appropriatePolicyDocument),
            new Column<>("processing.RecordSheets.retention", 30, Activity::retention),
            new Column<>("processing.RecordSheets.transferMethod", 22, a -> name(a.security().transferMethod())),
            new Column<>("processing.RecordSheets.frequency", 16, a -> a.security().frequency()),
            new Column<>("processing.RecordSheets.securityMeasures", 50, a -> a.security().securityMeasures()),
            new Column<>("processing.RecordSheets.accessControls", 40, a -> a.security().accessControls()),
            new Column<>("processing.RecordSheets.transfersOutsideUk", 30, Activity::transfersOutsideUk),
            new Column<>("processing.RecordSheets.versionId", 10, a -> a.agreement().versionId()),
            new Column<>("processing.RecordSheets.roleCode", 16, a -> code(a.part().role())),
            new Column<>("processing.RecordSheets.directionCode", 12, a -> code(a.part().direction())),
            new Column<>("processing.RecordSheets.purposeCode", 22, a -> code(a.purpose())),
            new Column<>("processing.RecordSheets.dataSubjectCodes", 24, a -> codes(a.dataSubjects())),
            new Column<>("processing.RecordSheets.dataCategoryCodes", 28, a -> codes(a.dataCategories())),
            new Column<>("processing.RecordSheets.lawfulBasisCodes", 12, a -> provisionCodes(a.law().lawfulBases())),
            new Column<>("processing.RecordSheets.article9Code", 12, a -> provisionCode(a.law().article9Condition())),
            new Column<>("processing.RecordSheets.schedule1Code", 14, a -> provisionCode(a.law().schedule1Condition())),
            new Column<>("processing.RecordSheets.article10Code", 12, a -> provisionCode(a.law().article10Authority())),
            new Column<>("processing.RecordSheets.article10ConditionCode", 14, a -> provisionCode(a.law().article10Condition())),
            new Column<>("processing.RecordSheets.statutoryGatewayCodes", 20, a -> provisionCodes(a.law().statutoryGateways())),
            new Column<>("processing.RecordSheets.transferMethodCode", 20, a -> code(a.security().transferMethod())));

    /** A row of the paragraph 41 sheet: the condition and one processing under it. */
    private record ConditionRow(ConditionRecord record, ConditionUse use) {
    }

    private static final List<Column<ConditionRow>> PARAGRAPH_41 = List.of(
            new Column<>("processing.RecordSheets.condition", 40, r -> provision(r.record().condition())),
            new Column<>("processing.RecordSheets.agreement", 14, r -> r.use().agreementReference()),
            new Column<>("processing.RecordSheets.version", 8, r -> r.use().versionNumber()),
            new Column<>("processing.RecordSheets.flow", 7, r -> r.use().flow()),
            new Column<>("processing.RecordSheets.direction", 18, r -> name(r.use().direction())),
            new Column<>("processing.RecordSheets.otherOrganisation", 28, r -> r.use().otherOrganisation()),
            new Column<>("processing.RecordSheets.purpose", 26, r -> name(r.use().purpose())),
            new Column<>("processing.RecordSheets.reliedOnFor", 22, r -> name(r.use().reliedOnFor())),
            new Column<>("processing.RecordSheets.article6", 40, r -> provisions(r.use().article6())),
            new Column<>("processing.RecordSheets.retention", 30, r -> r.use().retention()),
            new Column<>("processing.RecordSheets.retentionAndErasure", 60, r -> r.use().retentionAndErasure()),
            new Column<>("processing.RecordSheets.conditionCode", 14, r -> r.record().condition().code()),
            new Column<>("processing.RecordSheets.lawfulBasisCodes", 12, r -> provisionCodes(r.use().article6())));

    private RecordSheets() {
    }

    /** The activities as CSV (RFC 4180), one row each, in the columns of the workbook's first sheet. */
    public static String csv(ProcessingRecord record) {
        return SpreadsheetCells.csv(headings(ACTIVITY), record.activities().stream().map(a -> values(ACTIVITY, a)));
    }

    /** The workbook: activities, the paragraph 41 record, and the controller with what the record covers. */
    public static byte[] xlsx(ProcessingRecord record, Instant created) {
        List<ConditionRow> conditionRows = record.paragraph41().stream()
                .flatMap(c -> c.uses().stream().map(u -> new ConditionRow(c, u))).toList();
        String title = Messages.text("processing.RecordSheets.title", record.controller().name());
        return SpreadsheetCells.xlsx(
                new SpreadsheetCells.Properties(title,
                        record.law().stream().map(Provision::citation).collect(Collectors.joining("; ")),
                        record.controller().name(), record.scope(), created),
                List.of(sheet("processing.RecordSheets.sheetActivities", ACTIVITY, record.activities()),
                        sheet("processing.RecordSheets.sheetParagraph41", PARAGRAPH_41, conditionRows),
                        new SpreadsheetCells.Sheet(Messages.text("processing.RecordSheets.sheetController"),
                                List.of(Messages.text("processing.RecordSheets.item"), Messages.text("processing.RecordSheets.value")),
                                controller(record), List.of(36, 90))));
    }

    /** The controller (Article 30(1)(a)), the day, the filter, what the record covers and the law that asks for it. */
    static List<List<?>> controller(ProcessingRecord record) {
        ProcessingRecord.Controller c = record.controller();
        List<List<?>> rows = new java.util.ArrayList<>(List.of(
                item("processing.RecordSheets.itemOrganisation", c.name()),
                item("processing.RecordSheets.itemSector", c.sector()),
                item("processing.RecordSheets.itemPublicAuthority", Messages.text(c.publicAuthority() ? "processing.RecordSheets.yes" : "processing.RecordSheets.no")),
                item("processing.RecordSheets.itemIcoRegistrationNumber", c.icoRegistrationNumber()),
                item("processing.RecordSheets.itemDpoName", c.dpoName()),
                item("processing.RecordSheets.itemDpoEmail", c.dpoEmail()),
                item("processing.RecordSheets.itemDpoPhone", c.dpoPhone()),
                item("processing.RecordSheets.itemAppropriatePolicyDocument", c.appropriatePolicyDocument() == null
                        ? Messages.text("processing.RecordAssembly.policyDocumentNoneRecorded") : c.appropriatePolicyDocument()),
                item("processing.RecordSheets.itemAsOn", record.asOn()),
                item("processing.RecordSheets.itemFilterLawfulBasis", record.filter().lawfulBasis() == null ? Messages.text("processing.RecordSheets.any")
                        : provision(record.filter().lawfulBasis())),
                item("processing.RecordSheets.itemFilterArticle9Condition", record.filter().article9Condition() == null ? Messages.text("processing.RecordSheets.any")
                        : provision(record.filter().article9Condition())),
                item("processing.RecordSheets.itemActivities", record.activities().size()),
                item("processing.RecordSheets.itemScope", record.scope())));
        record.law().forEach(p -> rows.add(item("processing.RecordSheets.itemLaw", provision(p))));
        return rows;
    }

    private static List<?> item(String key, Object value) {
        return java.util.Arrays.asList(Messages.text(key), value);
    }

    private static <T> SpreadsheetCells.Sheet sheet(String key, List<Column<T>> columns, List<T> rows) {
        return new SpreadsheetCells.Sheet(Messages.text(key), headings(columns),
                rows.stream().map(r -> values(columns, r)).toList(), columns.stream().map(Column::width).toList());
    }

    private static <T> List<String> headings(List<Column<T>> columns) {
        return columns.stream().map(Column::heading).toList();
    }

    private static <T> List<Object> values(List<Column<T>> columns, T row) {
        return columns.stream().map(c -> c.value().apply(row)).collect(java.util.ArrayList::new, java.util.ArrayList::add,
                java.util.ArrayList::addAll);
    }

    static String name(Coded coded) {
        return coded == null ? null : coded.name();
    }

    private static String code(Coded coded) {
        return coded == null ? null : coded.code();
    }

    private static String names(List<Coded> coded) {
        return coded.stream().map(Coded::name).collect(Collectors.joining("; "));
    }

    private static String codes(List<Coded> coded) {
        return coded.stream().map(Coded::code).collect(Collectors.joining("; "));
    }

    /** A provision as a reader wants it: its name and, in brackets, its exact citation. */
    static String provision(Provision p) {
        if (p == null) {
            return null;
        }
        return p.citation() == null || p.citation().isBlank() ? p.name()
                : Messages.text("processing.RecordSheets.provision", p.name(), p.citation());
    }

    private static String provisions(List<Provision> provisions) {
        return provisions.isEmpty() ? null
                : provisions.stream().map(RecordSheets::provision).collect(Collectors.joining("; "));
    }

    private static String provisionCode(Provision p) {
        return p == null ? null : p.code();
    }

    private static String provisionCodes(List<Provision> provisions) {
        return provisions.stream().map(Provision::code).collect(Collectors.joining("; "));
    }
}
