package org.concordat.dpia.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.concordat.dpia.application.DpiaQueries;
import org.concordat.dpia.domain.DpiaFilter;
import org.concordat.shared.domain.Page;
import org.concordat.shared.domain.PageRequest;
import org.concordat.shared.domain.StatusTag;
import org.concordat.shared.web.ListPageView;

/** The DPIA list, a page at a time, filtered by the address (issue 23). */
@Named
@ViewScoped
public class DpiaListView extends ListPageView {

    private static final long serialVersionUID = 1L;

    @Inject
    DpiaQueries queries;

    private Page<DpiaQueries.DpiaSummary> dpias = Page.empty(PageRequest.first());

    @Override
    protected String outcome() {
        return "/app/dpias";
    }

    @Override
    protected boolean read(PageRequest request) {
        DpiaFilter filter = queries.filter(getQ(), getStatus(), null, getSort());
        dpias = queries.search(filter, request);
        return filter.narrows();
    }

    @Override
    protected void empty() {
        dpias = Page.empty(PageRequest.first());
    }

    public List<StatusTag> getStatuses() {
        return List.of(StatusTag.values());
    }

    public Page<DpiaQueries.DpiaSummary> getDpias() { return dpias; }
}
