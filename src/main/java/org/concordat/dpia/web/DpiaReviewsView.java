package org.concordat.dpia.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.concordat.dpia.application.DpiaQueries;

/**
 * The DPIAs on the review dashboard (the Reviews page, beside the agreements): those whose current version is due
 * for review within 90 days or overdue, earliest first.
 */
@Named
@RequestScoped
public class DpiaReviewsView {

    @Inject
    DpiaQueries queries;

    private List<DpiaQueries.ReviewItem> items;

    public List<DpiaQueries.ReviewItem> getItems() {
        if (items == null) {
            items = queries.reviews();
        }
        return items;
    }
}
