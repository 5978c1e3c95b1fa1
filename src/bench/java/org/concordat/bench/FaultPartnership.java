package org.concordat.bench;

import jakarta.json.Json;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.concordat.it.support.Api;
import org.concordat.it.support.Partnership;
import org.concordat.it.support.SharingDecisionJson;

/**
 * The small partnership every fault and soak run works in, made over the API through the balancer: a council leads,
 * a school is the other party, each has a signatory, the council an IG lead who drafts, the school a teacher who checks
 * routes and records decisions.
 */
record FaultPartnership(Partnership partnership, long council, long school, Partnership.Member lead,
                        Partnership.Member councilSignatory, Partnership.Member schoolSignatory, Partnership.Member teacher) {

    /** A new council and school, named after the run ("Soak", "Fault", "Backup") so that runs never collide. */
    static FaultPartnership create(URI balancer, String adminEmail, String adminPassword, String run) {
        Partnership partnership = Partnership.asAdministrator(balancer, adminEmail, adminPassword);
        long council = partnership.createOrganisation(Partnership.unique(run + " Council"), "LOCAL_AUTHORITY", true)
                .getJsonNumber("id").longValue();
        long school = partnership.createOrganisation(Partnership.unique(run + " School"), "EDUCATION", true)
                .getJsonNumber("id").longValue();
        return new FaultPartnership(partnership, council, school, partnership.createMember(council, "IG_LEAD"),
                partnership.createMember(council, "SIGNATORY"), partnership.createMember(school, "SIGNATORY"),
                partnership.createMember(school, "PRACTITIONER"));
    }

    /** A new agreement between the council and the school, submitted and awaiting both approvals; its version id. */
    long submitted(String title) {
        return partnership.submittedAgreement(lead, school, title, LocalDate.now().toString())
                .getJsonNumber("versionId").longValue();
    }

    /** A new agreement approved by both signatories (in force once signed); its version id. */
    long approved(String title) {
        long versionId = submitted(title);
        for (Partnership.Member signatory : signatories()) {
            Api.Response decided = approve(signatory.api(), versionId);
            BenchSupport.require(decided.status() == 201, "approval refused: " + decided.status() + " " + decided.body());
        }
        return versionId;
    }

    List<Partnership.Member> signatories() {
        return List.of(councilSignatory, schoolSignatory);
    }

    /** A signatory's approval of a version, through whichever server the API client talks to. */
    static Api.Response approve(Api api, long versionId) {
        return api.post("/api/v1/agreements/versions/" + versionId + "/decisions",
                Json.createObjectBuilder().add("decision", "APPROVED").build());
    }

    /**
     * A sharing decision the teacher records with the school's agreement in force: shared with the council, under
     * public task, with the case reference that lets a run find it again in the log.
     */
    String decision(long versionId, String caseReference) {
        return SharingDecisionJson.shared(council, versionId, caseReference).build().toString();
    }
}
