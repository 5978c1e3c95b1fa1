package org.concordat.shared.domain;

/**
 * Which page of a long list to read: lists that may hold thousands of rows (agreements, DPIAs, the audit trail …)
 * are read a page at a time by the database, never whole. Pages are numbered from 1, as their links show them.
 *
 * @param page the page, 1 or more (a page past the end reads as empty, and the list says so)
 * @param size rows on a page, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) implements java.io.Serializable {

    /** What a page of a list shows when nothing else is asked (GOV.UK tables read well at this length). */
    public static final int DEFAULT_SIZE = 25;
    /** The most rows one request may read (the API may ask for more than a page shows, never more than this). */
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 1 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page " + page + " of size " + size);
        }
    }

    /** The first page of the usual size. */
    public static PageRequest first() {
        return new PageRequest(1, DEFAULT_SIZE);
    }

    /** A page asked for in a link or a query string: anything out of range reads as the nearest sensible page. */
    public static PageRequest lenient(Integer page, Integer size) {
        int p = page == null || page < 1 ? 1 : page;
        int s = size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        return new PageRequest(p, s);
    }

    /** Rows before this page. */
    public long offset() {
        return (long) (page - 1) * size;
    }
}
