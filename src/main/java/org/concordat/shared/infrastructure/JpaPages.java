package org.concordat.shared.infrastructure;

import jakarta.persistence.TypedQuery;
import org.concordat.shared.domain.Page;
import org.concordat.shared.domain.PageRequest;

/** A JPA query read a page at a time, with the count of all its rows (a second query, on the same filter). */
public final class JpaPages {

    private JpaPages() {
    }

    /**
     * @param rows  the query in a total order (ending on a unique attribute, so pages never repeat or skip a row)
     * @param count {@code select count(…)} with the same filter
     */
    public static <T> Page<T> read(TypedQuery<T> rows, TypedQuery<Long> count, PageRequest page) {
        long total = count.getSingleResult();
        if (page.offset() >= total) {
            return new Page<>(java.util.List.of(), total, page);
        }
        return new Page<>(rows.setFirstResult((int) Math.min(page.offset(), Integer.MAX_VALUE)).setMaxResults(page.size())
                .getResultList(), total, page);
    }
}
