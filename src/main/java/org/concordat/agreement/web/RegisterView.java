package org.concordat.agreement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.concordat.agreement.application.PublicRegister;
import org.concordat.shared.domain.ListParameters;
import org.concordat.shared.domain.Page;
import org.concordat.shared.domain.PageRequest;
import org.concordat.shared.web.ListPageView;

/** The public register page (no sign-in), searched and read a page at a time. */
@Named
@ViewScoped
public class RegisterView extends ListPageView {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicRegister register;

    private Page<PublicRegister.Entry> entries = Page.empty(PageRequest.first());

    @Override
    protected String outcome() {
        return "/register";
    }

    @Override
    protected String form() {
        return "search";
    }

    @Override
    protected boolean read(PageRequest request) {
        String text = ListParameters.searchText(getQ());
        entries = register.page(text, request);
        return text != null;
    }

    @Override
    protected void empty() {
        entries = Page.empty(PageRequest.first());
    }

    public Page<PublicRegister.Entry> getEntries() {
        return entries;
    }

    public String joined(List<String> items) {
        return items.isEmpty() ? "—" : String.join("; ", items);
    }
}
