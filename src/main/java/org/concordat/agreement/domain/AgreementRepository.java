package org.concordat.agreement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.concordat.shared.domain.ReviewReminder;

/** Where agreements and their versions are kept. */
public interface AgreementRepository {

    long nextReferenceNumber();

    Agreement add(Agreement agreement);

    Optional<Agreement> find(long id);

    AgreementVersion add(AgreementVersion version);

    Optional<AgreementVersion> findVersion(long versionId);

    Optional<AgreementVersion> latestVersion(long agreementId);

    /** Every version of the agreement, by number. */
    List<AgreementVersion> versions(long agreementId);

    /** Writes pending changes now, so that the new version number can be shown to whoever made them. */
    void flush();

    /** The version, locked until the transaction ends: decisions on one version are taken one at a time. */
    Optional<AgreementVersion> findVersionForUpdate(long versionId);

    Decision add(Decision decision);

    List<Decision> decisions(long versionId, int round);

    /** Every decision on the version, all rounds, oldest first. */
    List<Decision> decisions(long versionId);

    /** Approved versions (in force or about to be) whose review date is on or before the day, soonest first. */
    List<AgreementVersion> approvedWithReviewBy(LocalDate day);

    /** The same, limited to agreements the organisation leads or is a party to. */
    List<AgreementVersion> approvedWithReviewBy(LocalDate day, long organisationId);

    /** Approved versions whose end date is before the day. */
    List<AgreementVersion> approvedEndedBefore(LocalDate day);

    /** Agreements marked for the public register. */
    List<Agreement> onPublicRegister();

    Set<ReviewReminder> remindersSent(long versionId);

    void reminderSent(long versionId, ReviewReminder reminder, Instant at);

    /** Keeps how many errors the rules engine found in a draft when it was last saved (for the home's work). */
    void draftChecked(long versionId, int errors, Instant at);
}
