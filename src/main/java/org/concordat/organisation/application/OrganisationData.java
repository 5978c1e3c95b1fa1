package org.concordat.organisation.application;

import java.io.Serializable;
import java.time.Instant;
import org.concordat.organisation.domain.Organisation;
import org.concordat.organisation.domain.OrganisationDetails;
import org.concordat.shared.domain.Language;

/**
 * An organisation as the pages and the API see it; the version is what an edit must send back.
 *
 * @param documentLanguage the language of the fixed text and headings of the PDFs of what it leads
 */
public record OrganisationData(long id, long version, OrganisationDetails details, boolean active,
                               Instant updatedAt, Language documentLanguage) implements Serializable {

    /** One whose documents are in English. */
    public OrganisationData(long id, long version, OrganisationDetails details, boolean active, Instant updatedAt) {
        this(id, version, details, active, updatedAt, Language.ENGLISH);
    }

    static OrganisationData of(Organisation o) {
        return new OrganisationData(o.getId(), o.getVersion(), o.details(), o.isActive(), o.getUpdatedAt(),
                o.getDocumentLanguage());
    }

    public String name() {
        return details.name();
    }
}
