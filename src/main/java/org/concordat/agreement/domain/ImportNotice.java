package org.concordat.agreement.domain;

import java.util.List;

/**
 * An agreement brought in from outside Concordat that parties must hear about: the other parties, that it waits for
 * their confirmation before route checks count it; every party, once the last has confirmed. Fired inside the
 * transaction that made the change, like {@link AgreementEvent}.
 *
 * @param organisation             the organisation that brought it in (asked) or confirmed last (confirmed by all)
 * @param recipientOrganisationIds whose IG leads and signatories hear about it
 */
public record ImportNotice(Kind kind, long versionId, String reference, String title, String organisation,
                           List<Long> recipientOrganisationIds) {

    public enum Kind {
        CONFIRMATION_ASKED, CONFIRMED_BY_ALL
    }

    public ImportNotice {
        recipientOrganisationIds = List.copyOf(recipientOrganisationIds);
    }
}
