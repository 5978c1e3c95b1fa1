package org.concordat.processing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.concordat.legal.application.LegalCatalogue;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.legal.domain.Topic;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.organisation.domain.OrganisationDetails;
import org.concordat.processing.domain.ProcessingActivities;
import org.concordat.processing.domain.RecordFilter;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.domain.Role;

/**
 * An organisation's record of processing (UK GDPR Article 30; DPA 2018 Schedule 1 paragraph 41), as the page, the CSV,
 * the workbook and the API give it. For the organisation's own IG leads and DPOs, who keep the record, and for
 * administrators; a practitioner has no need of it. The record is of the day it is asked on: agreements in force then.
 */
@ApplicationScoped
public class RecordOfProcessing {

    @Inject
    AccessGuard guard;

    @Inject
    OrganisationQueries organisations;

    @Inject
    LegalCatalogue catalogue;

    @Inject
    ProcessingActivities activities;

    @Inject
    Clock clock;

    /** The record of the organisation, filtered; a filter naming no such basis or condition is refused field by field. */
    public ProcessingRecord record(long organisationId, RecordFilter filter) {
        Caller caller = guard.requireAny(Messages.text("processing.RecordOfProcessing.readTheRecord"),
                Role.IG_LEAD, Role.DPO, Role.ADMIN);
        if (!caller.has(Role.ADMIN) && !caller.belongsTo(organisationId)) {
            throw guard.refuse(caller, Messages.text("processing.RecordOfProcessing.readTheRecord"),
                    Messages.text("processing.RecordOfProcessing.ownOrganisationOnly"));
        }
        Catalogue law = catalogue.current();
        RecordAssembly assembly = new RecordAssembly(law);
        RecordFilter asked = filter == null ? RecordFilter.ANY : filter;
        assembly.filter(asked);
        OrganisationData organisation = organisations.findByIdAnyState(organisationId).orElseThrow(
                () -> new NotFoundException(Messages.text("processing.RecordOfProcessing.organisation", organisationId)));
        LocalDate today = LocalDate.now(clock);
        return assembly.assemble(controller(organisation, law), today, asked, activities.inForce(organisationId, today),
                id -> organisations.findByIdAnyState(id)
                        .map(o -> new RecordAssembly.Counterparty(o.name(), o.details().sector().name()))
                        .orElse(new RecordAssembly.Counterparty(String.valueOf(id), null)));
    }

    /** The activities as CSV. */
    public String csv(long organisationId, RecordFilter filter) {
        return RecordSheets.csv(record(organisationId, filter));
    }

    /** The workbook (.xlsx): activities, the paragraph 41 record, the controller. */
    public byte[] xlsx(long organisationId, RecordFilter filter) {
        return RecordSheets.xlsx(record(organisationId, filter), clock.instant());
    }

    /** The Article 6(1) bases a reader may filter by, as the catalogue names them. */
    public List<ProcessingRecord.Coded> lawfulBases() {
        return choices(Topic.LAWFUL_BASES);
    }

    /** The Article 9(2) conditions a reader may filter by. */
    public List<ProcessingRecord.Coded> article9Conditions() {
        return choices(Topic.SPECIAL_CATEGORY_CONDITIONS);
    }

    private List<ProcessingRecord.Coded> choices(Topic topic) {
        guard.signedIn();
        return choices(catalogue.current().entries(topic));
    }

    /**
     * The entries as choices, by code; where the law changed and two entries share a title (Article 9(2)(j) before and
     * after 5 February 2026), each says when it applies, so that no two choices read the same.
     */
    static List<ProcessingRecord.Coded> choices(List<CatalogueEntry> entries) {
        java.util.Map<String, Long> titles = entries.stream()
                .collect(java.util.stream.Collectors.groupingBy(CatalogueEntry::title, java.util.stream.Collectors.counting()));
        return entries.stream().sorted(Comparator.comparing(CatalogueEntry::code))
                .map(e -> new ProcessingRecord.Coded(e.code(), titles.get(e.title()) == 1 ? e.title()
                        : e.appliesUntil() != null ? Messages.text("processing.RecordOfProcessing.until", e.title(), e.appliesUntil())
                        : Messages.text("processing.RecordOfProcessing.from", e.title(), e.appliesFrom())))
                .toList();
    }

    static ProcessingRecord.Controller controller(OrganisationData organisation, Catalogue law) {
        OrganisationDetails d = organisation.details();
        String document = d.apdReference() == null || d.apdReference().isBlank() ? null
                : d.apdDate() == null ? d.apdReference()
                : Messages.text("processing.RecordOfProcessing.policyDocumentDated", d.apdReference(), d.apdDate());
        String sector = d.sector() == null ? null
                : law.find(d.sector().name()).map(CatalogueEntry::title).orElse(d.sector().name());
        return new ProcessingRecord.Controller(organisation.id(), d.name(), sector, d.publicAuthority(),
                d.icoRegistrationNumber(), d.dpoName(), d.dpoEmail(), d.dpoPhone(), document);
    }
}
