package org.concordat.shared.domain;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and how long the whole list is (after its filters), so that a page can say "26 to 50 of
 * 1,204" and link to the pages either side.
 */
public record Page<T>(List<T> items, long total, PageRequest request) implements Serializable {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> empty(PageRequest request) {
        return new Page<>(List.of(), 0, request);
    }

    /**
     * Every row of a list, read page by page at the largest size (each read may be its own transaction), for an
     * export that must hold the whole list without one read holding it all.
     */
    public static <T> List<T> all(Function<PageRequest, Page<T>> reader) {
        List<T> rows = new java.util.ArrayList<>();
        Page<T> page;
        int number = 1;
        do {
            page = reader.apply(new PageRequest(number++, PageRequest.MAX_SIZE));
            rows.addAll(page.items());
        } while (page.hasNext());
        return rows;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, request);
    }

    public int number() {
        return request.page();
    }

    /** How many pages the whole list fills (at least one, so that an empty list is "page 1 of 1"). */
    public int pages() {
        return (int) Math.max(1, (total + request.size() - 1) / request.size());
    }

    /** The position in the whole list of the first row shown, counted from 1 (0 when the page is empty). */
    public long firstShown() {
        return items.isEmpty() ? 0 : request.offset() + 1;
    }

    public long lastShown() {
        return request.offset() + items.size();
    }

    public boolean hasPrevious() {
        return number() > 1;
    }

    public boolean hasNext() {
        return number() < pages();
    }
}
