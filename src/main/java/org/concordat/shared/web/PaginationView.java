package org.concordat.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.concordat.shared.domain.Page;

/**
 * The page numbers a list's pagination links to (GOV.UK's pattern): the first, the last, the current one and its
 * neighbours, with a gap (0) wherever two or more numbers are left out — so that a list of 400 pages is a short line of links.
 */
@Named
@ApplicationScoped
public class PaginationView {

    public List<Integer> numbers(Page<?> page) {
        return numbers(page.number(), page.pages());
    }

    static List<Integer> numbers(int current, int last) {
        List<Integer> shown = new ArrayList<>();
        int previous = 0;
        for (int n : new TreeSet<>(List.of(1, current - 1, current, current + 1, last))) {
            if (n < 1 || n > last) {
                continue;
            }
            if (previous != 0 && n - previous == 2) {
                shown.add(previous + 1); // a gap of one page is that page: a "…" would hide no more than a number
            } else if (previous != 0 && n - previous > 2) {
                shown.add(0);
            }
            shown.add(n);
            previous = n;
        }
        return shown;
    }
}
