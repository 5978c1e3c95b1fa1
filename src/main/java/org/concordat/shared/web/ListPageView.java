package org.concordat.shared.web;

import java.io.Serializable;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.ListOrder;
import org.concordat.shared.domain.PageRequest;

/**
 * What every long list's page shares: its search text, status, order and page number are view parameters (so the
 * address keeps the filter, and a filtered list can be bookmarked and paged); the filter form posts and its action
 * redirects to the address of the new filter, at its first page. A parameter edited by hand into nonsense is told in
 * the error summary beside its field, never ignored.
 */
public abstract class ListPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The id of a list page's filter form, unless the page says otherwise. */
    public static final String FORM = "filter";

    private String q;
    private String status;
    private String sort;
    private String page;
    private boolean filtered;

    /** The list's own view, e.g. /app/agreements. */
    protected abstract String outcome();

    /** The id of the page's filter form, where a bad part of the filter is told beside its field. */
    protected String form() {
        return FORM;
    }

    /** Checks the filter (throwing InvalidInputException naming each bad part) and reads the page it asks for. */
    protected abstract boolean read(PageRequest request);

    /** f:viewAction: reads the page the address asks for. */
    public void load() {
        try {
            filtered = read(PageRequest.lenient(pageNumber(page), PageRequest.DEFAULT_SIZE));
        } catch (InvalidInputException e) {
            Feedback.show(form(), e);
            empty();
        }
    }

    /** Shows no rows, when the filter cannot be read. */
    protected abstract void empty();

    /** The form's action: back to the first page of the list the new filter gives, at its own address. */
    public String apply() {
        page = null;
        try {
            read(PageRequest.first());
        } catch (InvalidInputException e) {
            Feedback.show(form(), e);
            return null;
        }
        return outcome() + "?faces-redirect=true&includeViewParams=true";
    }

    public ListOrder[] getOrders() {
        return ListOrder.values();
    }

    /** A page number from the address; anything else reads as the first page. */
    protected static Integer pageNumber(String page) {
        try {
            return page == null ? null : Integer.valueOf(page.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean isFiltered() { return filtered; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
}
