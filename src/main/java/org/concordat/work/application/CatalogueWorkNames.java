package org.concordat.work.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.concordat.legal.application.LegalCatalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.work.domain.WorkNames;

/** Organisations named by the organisation feature, purposes by the legal catalogue in force. */
@ApplicationScoped
public class CatalogueWorkNames implements WorkNames {

    @Inject
    OrganisationQueries organisations;

    @Inject
    LegalCatalogue catalogue;

    @Override
    public String organisation(long organisationId) {
        return organisations.findByIdAnyState(organisationId).map(OrganisationData::name).orElse(null);
    }

    @Override
    public String purpose(String code) {
        return catalogue.current().find(code).map(CatalogueEntry::readerTitle).orElse(code);
    }
}
