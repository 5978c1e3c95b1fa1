package org.concordat.agreement.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concordat.agreement.domain.ImportProblem;
import org.concordat.agreement.domain.ImportRejectedException;
import org.concordat.shared.application.SpreadsheetCells.ReadSheet;
import org.concordat.shared.domain.FieldError;

/**
 * An agreement brought in through the API as the machine-readable copy every Concordat PDF carries (format
 * {@code concordat.agreement-version/1}), so that a partnership can move from another installation or another system:
 * the copy is laid out as the CSV template's rows (organisations by name — ids belong to the other installation — and
 * catalogue codes as they are) and checked exactly as a file is; a problem is named after the copy's own field
 * ({@code flows[3].dataCategories}).
 */
public final class AgreementCopyImport {

    /** The copy, as far as an import reads it (other fields of the format are ignored). */
    public record CopiedAgreement(String format, String reference, String title, String purpose, String benefits,
                       LocalDate effectiveDate, LocalDate reviewDate, LocalDate endDate, Long leadOrganisationId,
                       List<CopiedParty> parties, List<CopiedFlow> flows) {
    }

    public record CopiedParty(String key, Long organisationId, String organisationName) {
    }

    public record CopiedFlow(String key, CopiedFlowDetails details) {
    }

    /** A flow's details in format 1 (schedule1Condition: the special category data's, else the criminal offence data's). */
    public record CopiedFlowDetails(String sender, String recipient, Boolean bothWays, Set<String> dataSubjects,
                          Set<String> dataCategories, String purpose, String frequency, String transferMethod,
                          String retention, String regime, Set<String> lawfulBases, String recognisedInterest,
                          String article9Condition, String schedule1Condition, String article10Authority,
                          String article10Condition, String lawEnforcementBasis, String sensitiveProcessing,
                          String schedule8Condition, Set<String> statutoryGateways, String otherLegalPower,
                          String confidentialityBasis, String notes) {
    }

    /** The copy's field for each column. */
    private static final Map<ImportColumn, String> FIELDS = new HashMap<>();

    static {
        FIELDS.put(ImportColumn.REFERENCE, "reference");
        FIELDS.put(ImportColumn.TITLE, "title");
        FIELDS.put(ImportColumn.LEAD_ORGANISATION, "leadOrganisationId");
        FIELDS.put(ImportColumn.IN_FORCE_FROM, "effectiveDate");
        FIELDS.put(ImportColumn.REVIEW_DATE, "reviewDate");
        FIELDS.put(ImportColumn.END_DATE, "endDate");
        FIELDS.put(ImportColumn.AGREEMENT_PURPOSE, "purpose");
        FIELDS.put(ImportColumn.BENEFITS, "benefits");
        FIELDS.put(ImportColumn.FROM_ORGANISATION, "sender");
        FIELDS.put(ImportColumn.TO_ORGANISATION, "recipient");
        FIELDS.put(ImportColumn.BOTH_WAYS, "bothWays");
        FIELDS.put(ImportColumn.DATA_SUBJECTS, "dataSubjects");
        FIELDS.put(ImportColumn.DATA_CATEGORIES, "dataCategories");
        FIELDS.put(ImportColumn.PURPOSE, "purpose");
        FIELDS.put(ImportColumn.FREQUENCY, "frequency");
        FIELDS.put(ImportColumn.TRANSFER_METHOD, "transferMethod");
        FIELDS.put(ImportColumn.RETENTION, "retention");
        FIELDS.put(ImportColumn.REGIME, "regime");
        FIELDS.put(ImportColumn.ARTICLE_6_BASES, "lawfulBases");
        FIELDS.put(ImportColumn.RECOGNISED_INTEREST, "recognisedInterest");
        FIELDS.put(ImportColumn.ARTICLE_9_CONDITION, "article9Condition");
        FIELDS.put(ImportColumn.SCHEDULE_1_CONDITION, "schedule1Condition");
        FIELDS.put(ImportColumn.ARTICLE_10_AUTHORITY, "article10Authority");
        FIELDS.put(ImportColumn.ARTICLE_10_SCHEDULE_1_CONDITION, "article10Condition");
        FIELDS.put(ImportColumn.PART_3_BASIS, "lawEnforcementBasis");
        FIELDS.put(ImportColumn.SENSITIVE_PROCESSING, "sensitiveProcessing");
        FIELDS.put(ImportColumn.SCHEDULE_8_CONDITION, "schedule8Condition");
        FIELDS.put(ImportColumn.STATUTORY_GATEWAYS, "statutoryGateways");
        FIELDS.put(ImportColumn.OTHER_LEGAL_POWER, "otherLegalPower");
        FIELDS.put(ImportColumn.CONFIDENTIALITY, "confidentialityBasis");
        FIELDS.put(ImportColumn.NOTES, "notes");
    }

    private AgreementCopyImport() {
    }

    /** The copy as the rows of a CSV: the headings, then one row per flow with the agreement on the first. */
    static ReadSheet rows(CopiedAgreement copy) {
        List<ImportColumn> columns = Arrays.asList(ImportColumn.values());
        List<List<String>> rows = new ArrayList<>();
        rows.add(columns.stream().map(ImportColumn::heading).toList());
        Map<String, String> nameOfKey = new HashMap<>();
        String lead = "";
        for (CopiedParty p : copy.parties() == null ? List.<CopiedParty>of() : copy.parties()) {
            nameOfKey.put(p.key(), text(p.organisationName()));
            if (p.organisationId() != null && p.organisationId().equals(copy.leadOrganisationId())) {
                lead = text(p.organisationName());
            }
        }
        List<CopiedFlow> flows = copy.flows() == null ? List.of() : copy.flows();
        for (int i = 0; i < Math.max(1, flows.size()); i++) {
            Map<ImportColumn, String> row = new HashMap<>();
            if (i == 0) {
                row.put(ImportColumn.REFERENCE, text(copy.reference()));
                row.put(ImportColumn.TITLE, text(copy.title()));
                row.put(ImportColumn.LEAD_ORGANISATION, lead);
                row.put(ImportColumn.IN_FORCE_FROM, date(copy.effectiveDate()));
                row.put(ImportColumn.REVIEW_DATE, date(copy.reviewDate()));
                row.put(ImportColumn.END_DATE, date(copy.endDate()));
                row.put(ImportColumn.AGREEMENT_PURPOSE, text(copy.purpose()));
                row.put(ImportColumn.BENEFITS, text(copy.benefits()));
            }
            CopiedFlowDetails d = i < flows.size() && flows.get(i).details() != null ? flows.get(i).details() : null;
            if (d != null) {
                row.put(ImportColumn.FROM_ORGANISATION, nameOfKey.getOrDefault(d.sender(), text(d.sender())));
                row.put(ImportColumn.TO_ORGANISATION, nameOfKey.getOrDefault(d.recipient(), text(d.recipient())));
                row.put(ImportColumn.BOTH_WAYS, d.bothWays() == null ? "" : d.bothWays().toString());
                row.put(ImportColumn.DATA_SUBJECTS, codes(d.dataSubjects()));
                row.put(ImportColumn.DATA_CATEGORIES, codes(d.dataCategories()));
                row.put(ImportColumn.PURPOSE, text(d.purpose()));
                row.put(ImportColumn.FREQUENCY, text(d.frequency()));
                row.put(ImportColumn.TRANSFER_METHOD, text(d.transferMethod()));
                row.put(ImportColumn.RETENTION, text(d.retention()));
                row.put(ImportColumn.REGIME, text(d.regime()));
                row.put(ImportColumn.ARTICLE_6_BASES, codes(d.lawfulBases()));
                row.put(ImportColumn.RECOGNISED_INTEREST, text(d.recognisedInterest()));
                row.put(ImportColumn.ARTICLE_9_CONDITION, text(d.article9Condition()));
                row.put(ImportColumn.ARTICLE_10_AUTHORITY, text(d.article10Authority()));
                // Format 1: schedule1Condition is the special category data's; on a flow without, the criminal offence
                // data's, whose own article10Condition is written only when it differs.
                if (d.article9Condition() != null) {
                    row.put(ImportColumn.SCHEDULE_1_CONDITION, text(d.schedule1Condition()));
                    row.put(ImportColumn.ARTICLE_10_SCHEDULE_1_CONDITION, text(d.article10Condition() != null
                            ? d.article10Condition() : d.article10Authority() != null ? d.schedule1Condition() : null));
                } else {
                    row.put(ImportColumn.ARTICLE_10_SCHEDULE_1_CONDITION, text(d.article10Condition() != null
                            ? d.article10Condition() : d.schedule1Condition()));
                }
                row.put(ImportColumn.PART_3_BASIS, text(d.lawEnforcementBasis()));
                row.put(ImportColumn.SENSITIVE_PROCESSING, text(d.sensitiveProcessing()));
                row.put(ImportColumn.SCHEDULE_8_CONDITION, text(d.schedule8Condition()));
                row.put(ImportColumn.STATUTORY_GATEWAYS, codes(d.statutoryGateways()));
                row.put(ImportColumn.OTHER_LEGAL_POWER, text(d.otherLegalPower()));
                row.put(ImportColumn.CONFIDENTIALITY, text(d.confidentialityBasis()));
                row.put(ImportColumn.NOTES, text(d.notes()));
            }
            rows.add(columns.stream().map(c -> row.getOrDefault(c, "")).toList());
        }
        return new ReadSheet("flows", rows);
    }

    /** The problems of the rows, named after the copy's fields: {@code title}, {@code flows[3].dataCategories}. */
    static ImportRejectedException rejected(ImportRejectedException e) {
        List<FieldError> errors = new ArrayList<>();
        for (ImportProblem p : e.problems()) {
            ImportColumn column = Arrays.stream(ImportColumn.values()).filter(c -> c.heading().equals(p.column()))
                    .findFirst().orElse(null);
            String field;
            if (p.row() <= 0 && AgreementImports.DOCUMENT.equals(p.cell())) {
                field = AgreementImports.DOCUMENT;
            } else if (p.row() <= 1) {
                field = column == null ? "agreement" : FIELDS.get(column);
            } else if (column != null && column.ofAgreement()) {
                field = FIELDS.get(column);
            } else {
                field = "flows[" + (p.row() - 2) + "]" + (column == null ? "" : "." + FIELDS.get(column));
            }
            errors.add(new FieldError(field, p.message()));
        }
        return new ImportRejectedException(e.problems(), errors);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private static String codes(Set<String> codes) {
        return codes == null ? "" : String.join("; ", codes);
    }
}
