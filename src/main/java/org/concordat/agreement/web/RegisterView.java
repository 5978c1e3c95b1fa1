package org.concordat.agreement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.concordat.agreement.application.PublicRegister;

/** The public register page (no sign-in). */
@Named
@RequestScoped
public class RegisterView {

    @Inject
    PublicRegister register;

    private List<PublicRegister.Entry> entries;

    public List<PublicRegister.Entry> getEntries() {
        if (entries == null) {
            entries = register.entries();
        }
        return entries;
    }

    public String joined(List<String> items) {
        return items.isEmpty() ? "—" : String.join("; ", items);
    }
}
