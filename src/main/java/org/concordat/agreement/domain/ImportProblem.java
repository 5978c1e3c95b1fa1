package org.concordat.agreement.domain;

import java.io.Serializable;

/**
 * One thing wrong with a file brought in for import, where a person finds it: the sheet, the row as the spreadsheet
 * numbers it (1 is the header; 0 for the file as a whole), the column's heading (or null for the whole row or file), the
 * cell's name ({@code E7}; for a problem of the whole file, the input it came from: {@code sheet} or {@code document}),
 * and what to do.
 */
public record ImportProblem(String sheet, int row, String column, String cell, String message) implements Serializable {

    /** Where it is, as a spreadsheet names a cell: {@code Flows!E7}, {@code Flows!7} for a row, the sheet alone. */
    public String place() {
        if (row <= 0) {
            return sheet;
        }
        return sheet + "!" + (cell == null ? String.valueOf(row) : cell);
    }
}
