package org.concordat.processing.domain;

import org.concordat.legal.domain.LegalBasis;

/**
 * Which processing a reader asks for: relying on an Article 6(1) basis, and on an Article 9(2) condition (catalogue
 * codes; null for any). Under the law enforcement regime a flow has no Article 6 basis, so a filter by basis leaves it
 * out.
 */
public record RecordFilter(String lawfulBasis, String article9Condition) {

    public static final RecordFilter ANY = new RecordFilter(null, null);

    public RecordFilter {
        lawfulBasis = blankToNull(lawfulBasis);
        article9Condition = blankToNull(article9Condition);
    }

    public boolean matches(LegalBasis law) {
        return (lawfulBasis == null || law.lawfulBases().contains(lawfulBasis))
                && (article9Condition == null || article9Condition.equals(law.specialCategory().condition()));
    }

    public boolean isAny() {
        return lawfulBasis == null && article9Condition == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
