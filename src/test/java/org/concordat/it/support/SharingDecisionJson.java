package org.concordat.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;

/**
 * The sharing decision the tests and the fault runs record: a school shares a child's education data with the council
 * under public task, with the agreement in force, the family informed, consent not relied on. Callers change what
 * their test is about.
 */
public final class SharingDecisionJson {

    private SharingDecisionJson() {
    }

    public static JsonObjectBuilder shared(long recipientOrganisationId, long agreementVersionId, String caseReference) {
        return Json.createObjectBuilder().add("decision", "SHARED").add("recipientOrganisationId", recipientOrganisationId)
                .add("decidedOn", LocalDate.now().toString())
                .add("dataSubjects", Json.createArrayBuilder().add("CHILD"))
                .add("dataCategories", Json.createArrayBuilder().add("EDUCATION_DATA"))
                .add("purpose", "CHILD_IN_NEED").add("lawfulBasis", "A6-1-e").add("agreementVersionId", agreementVersionId)
                .add("routeOutcome", "COVERED").add("emergency", false).add("familyInformed", true)
                .add("consentSought", false).add("consentNotSoughtReason", "Public task is the basis; consent is not relied on.")
                .add("rationale", "Attendance has fallen sharply and the child disclosed worries at home.")
                .add("caseReference", caseReference);
    }
}
