package org.concordat.agreement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.concordat.agreement.domain.Agreement;
import org.concordat.agreement.domain.AgreementRepository;
import org.concordat.agreement.domain.AgreementVersion;
import org.concordat.agreement.domain.FlowDetails;
import org.concordat.agreement.domain.Party;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.StatusTag;

/**
 * What another feature (DPIAs) may learn about agreements: which agreements an organisation takes part in, which
 * organisations take part in an agreement, and the flows of an agreement the caller may see. An organisation
 * takes part in an agreement it leads, or to which it is a party in a version that is not a draft, exactly as
 * it sees the agreement itself.
 */
@ApplicationScoped
@Transactional
public class AgreementLinks {

    @Inject
    AgreementRepository repository;

    @Inject
    OrganisationQueries organisations;

    @Inject
    AccessGuard guard;

    @Inject
    java.time.Clock clock;

    /** An agreement as a DPIA sees it: its newest version the caller may see, with its parties and flows. */
    public record LinkedAgreement(long agreementId, String reference, String title, int number, VersionStatus status,
                                  long versionId, List<PartyOutline> parties, List<FlowOutline> flows, StatusTag tag) {

        public String partyName(String key) {
            return parties.stream().filter(p -> p.key().equals(key)).map(PartyOutline::organisationName).findFirst().orElse(key);
        }
    }

    public record PartyOutline(String key, long organisationId, String organisationName) {
    }

    public record FlowOutline(String key, FlowDetails details) {
    }

    /** The agreement, if the caller may see it (the newest version they may see); otherwise empty. */
    public Optional<LinkedAgreement> visible(long agreementId) {
        Caller caller = guard.signedIn();
        Optional<Agreement> agreement = repository.find(agreementId);
        if (agreement.isEmpty()) {
            return Optional.empty();
        }
        return repository.versions(agreementId).stream().filter(v -> AgreementQueries.visible(caller, agreement.get(), v))
                .reduce((a, b) -> b).map(v -> outline(agreement.get(), v));
    }

    /** The organisations that take part in the agreement: its lead, and the parties of its versions that are not drafts. */
    public Set<Long> organisationsOf(long agreementId) {
        guard.signedIn();
        Set<Long> ids = new TreeSet<>();
        repository.find(agreementId).ifPresent(a -> ids.add(a.getLeadOrganisationId()));
        repository.versions(agreementId).stream().filter(v -> v.getStatus() != VersionStatus.DRAFT)
                .flatMap(v -> v.getParties().stream()).map(Party::getOrganisationId).forEach(ids::add);
        return ids;
    }

    private LinkedAgreement outline(Agreement agreement, AgreementVersion version) {
        List<PartyOutline> parties = version.getParties().stream().map(p -> new PartyOutline(p.getKey(), p.getOrganisationId(),
                organisations.findByIdAnyState(p.getOrganisationId()).map(OrganisationData::name).orElse(p.getKey()))).toList();
        List<FlowOutline> flows = version.getFlows().stream().map(f -> new FlowOutline(f.getKey(), f.details())).toList();
        return new LinkedAgreement(agreement.getId(), agreement.getReference(), version.getTitle(), version.getNumber(),
                version.getStatus(), version.getId(), parties, flows, version.tag(java.time.LocalDate.now(clock)));
    }
}
