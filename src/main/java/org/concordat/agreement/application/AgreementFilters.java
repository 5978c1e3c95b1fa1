package org.concordat.agreement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.concordat.agreement.domain.AgreementFilter;
import org.concordat.shared.domain.ListOrder;
import org.concordat.legal.application.LegalCatalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.legal.domain.Topic;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.ListParameters;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.StatusTag;

/**
 * The agreements list's filter as a page's query string or an API request gives it (text, as typed or edited by
 * hand): each part checked and named by its parameter, so that a bad one is told beside its field or in problem JSON
 * and never silently ignored. The parameter names are the same on the page and in the API.
 */
@ApplicationScoped
public class AgreementFilters {

    /** The tags an agreement can carry (a DPIA's "ICO consultation" is not one). */
    public static final Set<StatusTag> STATUSES = EnumSet.complementOf(EnumSet.of(StatusTag.ICO_CONSULTATION));

    @Inject
    LegalCatalogue catalogue;

    /** Raw parameters, each null or blank when not given. */
    public record Raw(String q, String status, String party, String basis, String condition, String sort) {
    }

    public AgreementFilter parse(Raw raw) {
        List<FieldError> errors = new ArrayList<>();
        String text = ListParameters.text(raw.q(), errors);
        StatusTag status = ListParameters.status(raw.status(), STATUSES, errors);
        Long party = ListParameters.id(raw.party(), "party", Messages.text("agreement.AgreementFilters.party"), errors);
        String basis = code(raw.basis(), Topic.LAWFUL_BASES, "basis", "agreement.AgreementFilters.basis", errors);
        String condition = code(raw.condition(), Topic.SPECIAL_CATEGORY_CONDITIONS, "condition",
                "agreement.AgreementFilters.condition", errors);
        ListOrder order = ListParameters.order(raw.sort(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new AgreementFilter(text, Set.of(), status, party, basis, condition, order);
    }

    /** The Art 6 bases a flow may rely on, for the filter's choices. */
    public List<CatalogueEntry> lawfulBases() {
        return catalogue.current().entries(Topic.LAWFUL_BASES);
    }

    /** The Art 9 conditions, for the filter's choices. */
    public List<CatalogueEntry> specialConditions() {
        return catalogue.current().entries(Topic.SPECIAL_CATEGORY_CONDITIONS);
    }

    private String code(String value, Topic topic, String field, String key, List<FieldError> errors) {
        if (ListParameters.blank(value)) {
            return null;
        }
        String code = value.strip();
        boolean known = catalogue.current().find(code).filter(e -> e.topic() == topic).isPresent();
        if (!known) {
            errors.add(new FieldError(field, Messages.text(key)));
            return null;
        }
        return code;
    }

}
