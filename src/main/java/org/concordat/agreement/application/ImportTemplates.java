package org.concordat.agreement.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.concordat.shared.application.SpreadsheetCells;
import org.concordat.shared.domain.Messages;

/**
 * The templates an IG lead fills in to bring agreements in: a workbook with a guidance sheet, the Agreement sheet (one
 * row), the Flows sheet (one row per flow) and a hidden sheet of lists behind the drop-downs — the partnership's
 * organisations, the regimes, yes/no and the catalogue's entries in force, by their titles — and the same headings as
 * one CSV header (the agreement's columns first). Written through {@link SpreadsheetCells}, so no cell is a formula.
 */
final class ImportTemplates {

    /** Rows of the Flows sheet that carry the drop-down lists (more rows may be added; they are read all the same). */
    static final int ROWS_WITH_LISTS = 1000;

    private ImportTemplates() {
    }

    static List<ImportColumn> agreementColumns() {
        return Arrays.stream(ImportColumn.values()).filter(ImportColumn::ofAgreement).toList();
    }

    static List<ImportColumn> flowColumns() {
        return Arrays.stream(ImportColumn.values()).filter(c -> !c.ofAgreement()).toList();
    }

    /** The CSV template: its header alone. */
    static String csv() {
        return SpreadsheetCells.csv(Arrays.stream(ImportColumn.values()).map(ImportColumn::heading).toList(), Stream.empty());
    }

    static byte[] xlsx(ImportVocabulary words, String organisation, Instant now, LocalDate today) {
        // The lists: one column each on the hidden sheet; the organisations' list serves every organisation column.
        Map<String, List<ImportVocabulary.Option>> lists = new LinkedHashMap<>();
        Map<ImportColumn, Integer> listOf = new LinkedHashMap<>();
        for (ImportColumn column : ImportColumn.values()) {
            if (column.kind() == ImportColumn.Kind.TEXT || column.kind() == ImportColumn.Kind.DATE) {
                continue;
            }
            String name = column.kind() == ImportColumn.Kind.ORGANISATION
                    ? Messages.text("agreement.ImportTemplates.organisations") : column.heading();
            lists.computeIfAbsent(name, n -> words.options(column));
            listOf.put(column, new ArrayList<>(lists.keySet()).indexOf(name));
        }
        List<String> listNames = new ArrayList<>(lists.keySet());
        int longest = lists.values().stream().mapToInt(List::size).max().orElse(0);
        List<List<Object>> listRows = new ArrayList<>();
        for (int r = 0; r < longest; r++) {
            List<Object> row = new ArrayList<>();
            for (List<ImportVocabulary.Option> options : lists.values()) {
                row.add(r < options.size() ? options.get(r).label() : null);
            }
            listRows.add(row);
        }

        List<List<Object>> guidance = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            guidance.add(List.of(column.ofAgreement() ? ImportValidation.agreementSheet() : ImportValidation.flowsSheet(),
                    column.heading(), column.guidance()));
        }
        SpreadsheetCells.Sheet guide = new SpreadsheetCells.Sheet(Messages.text("agreement.ImportTemplates.guidanceSheet"),
                List.of(Messages.text("agreement.ImportTemplates.sheet"), Messages.text("agreement.ImportTemplates.column"),
                        Messages.text("agreement.ImportTemplates.whatToWrite")), guidance, List.of(14, 34, 100));
        List<ImportColumn> agreementColumns = agreementColumns();
        List<ImportColumn> flowColumns = flowColumns();
        SpreadsheetCells.Sheet agreement = new SpreadsheetCells.Sheet(ImportValidation.agreementSheet(),
                agreementColumns.stream().map(ImportColumn::heading).toList(), List.of(),
                agreementColumns.stream().map(c -> c.kind() == ImportColumn.Kind.DATE ? 16 : 30).toList());
        SpreadsheetCells.Sheet flows = new SpreadsheetCells.Sheet(ImportValidation.flowsSheet(),
                flowColumns.stream().map(ImportColumn::heading).toList(), List.of(),
                flowColumns.stream().map(c -> c.several() ? 40 : 28).toList());
        SpreadsheetCells.Sheet hidden = new SpreadsheetCells.Sheet(Messages.text("agreement.ImportTemplates.listsSheet"),
                listNames, listRows, listNames.stream().map(n -> 40).toList());

        List<SpreadsheetCells.Choice> choices = new ArrayList<>();
        for (int i = 0; i < agreementColumns.size(); i++) {
            Integer list = listOf.get(agreementColumns.get(i));
            if (list != null) {
                choices.add(new SpreadsheetCells.Choice(1, i, 1, 1, 3, list, lists.get(listNames.get(list)).size(), true));
            }
        }
        for (int i = 0; i < flowColumns.size(); i++) {
            ImportColumn column = flowColumns.get(i);
            Integer list = listOf.get(column);
            if (list != null) {
                choices.add(new SpreadsheetCells.Choice(2, i, 1, ROWS_WITH_LISTS, 3, list,
                        lists.get(listNames.get(list)).size(), !column.several()));
            }
        }
        return SpreadsheetCells.xlsx(new SpreadsheetCells.Properties(Messages.text("agreement.ImportTemplates.title"),
                Messages.text("agreement.ImportTemplates.subject", today), organisation,
                Messages.text("agreement.ImportTemplates.description"), now),
                List.of(guide, agreement, flows, hidden), choices, Set.of(3));
    }
}
