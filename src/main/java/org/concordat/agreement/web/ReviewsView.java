package org.concordat.agreement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.concordat.agreement.application.AgreementQueries;
import org.concordat.shared.domain.ReviewBand;

/** The review dashboard: the organisation's agreements overdue for review, then due within 30 and 90 days. */
@Named
@RequestScoped
public class ReviewsView {

    @Inject
    AgreementQueries queries;

    private List<AgreementQueries.ReviewItem> items;

    public List<AgreementQueries.ReviewItem> getItems() {
        if (items == null) {
            items = queries.reviews();
        }
        return items;
    }

    public List<AgreementQueries.ReviewItem> in(ReviewBand band) {
        return getItems().stream().filter(i -> i.band() == band).toList();
    }

    public List<ReviewBand> getBands() {
        return List.of(ReviewBand.values());
    }
}
