package org.concordat.agreement.application;

import java.io.Serializable;
import java.util.List;
import org.concordat.agreement.domain.AgreementDetails;
import org.concordat.agreement.domain.FlowDetails;
import org.concordat.agreement.domain.PartyDetails;

/**
 * What an import file will create once it has passed every check: the agreement, its parties (the lead first, then
 * each organisation in the order the flows name it) and its flows, each with the row it came from; and what the
 * person importing should know but need not fix (notes).
 *
 * @param originalReference the agreement's reference before Concordat (kept with the import), or null
 * @param partyNames        the parties' organisation names, in the order of {@code parties}
 */
public record ImportPlan(String originalReference, AgreementDetails details, long leadOrganisationId,
                         List<PartyDetails> parties, List<String> partyNames, List<PlannedFlow> flows,
                         List<String> notes) implements Serializable {

    public ImportPlan {
        parties = List.copyOf(parties);
        partyNames = List.copyOf(partyNames);
        flows = List.copyOf(flows);
        notes = List.copyOf(notes);
    }

    /**
     * A flow as it will be created, with the row of the file it came from and, for the check page, its organisations,
     * purpose and data in words.
     */
    public record PlannedFlow(int row, FlowDetails details, String from, String to, String purpose, String dataSubjects,
                              String dataCategories) implements Serializable {
    }
}
