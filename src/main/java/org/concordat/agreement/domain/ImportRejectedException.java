package org.concordat.agreement.domain;

import java.util.List;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;

/**
 * A file that cannot be imported, with every problem found in it; nothing was stored. Each problem is also a field
 * error named after its cell ({@code Flows!E7}), so the API's problem JSON lists them all.
 */
public class ImportRejectedException extends InvalidInputException {

    private final transient List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super(problems.stream().map(p -> new FieldError(p.place(), describe(p))).toList());
        this.problems = List.copyOf(problems);
    }

    /** The same problems, with the field errors said another way (the API's JSON import names its own fields). */
    public ImportRejectedException(List<ImportProblem> problems, List<FieldError> errors) {
        super(errors);
        this.problems = List.copyOf(problems);
    }

    /** The problem in one sentence: where (sheet, row, column) and what. */
    public static String describe(ImportProblem p) {
        if (p.row() <= 0) {
            return p.message();
        }
        return p.column() == null ? Messages.text("agreement.ImportProblem.atRow", p.sheet(), p.row(), p.message())
                : Messages.text("agreement.ImportProblem.atCell", p.sheet(), p.row(), p.column(), p.message());
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
