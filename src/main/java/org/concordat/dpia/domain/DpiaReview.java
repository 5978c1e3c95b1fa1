package org.concordat.dpia.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.concordat.shared.domain.ReviewReminder;

/**
 * Keeping a DPIA under review (ICO template, step 7: "kept under review by", with a review date). The version whose
 * review date counts is the current one: the latest signed off, whether completed or awaiting the ICO's prior
 * consultation. Older versions are history — superseded, or followed by a newer sign-off — and are never reminded
 * about; a newer version still being drafted does not stop the reminders about the one in effect. The lead
 * organisation is reminded on the schedule agreements follow (90, 30 and 7 days ahead, and once overdue), each
 * reminder once.
 */
public final class DpiaReview {

    private DpiaReview() {
    }

    /** The version under review among a DPIA's versions, if one has been signed off. */
    public static Optional<DpiaVersion> current(List<DpiaVersion> versions) {
        return versions.stream().filter(v -> v.getStatus().isSignedOff()).max(Comparator.comparingInt(DpiaVersion::getNumber))
                .filter(v -> v.getStatus() != DpiaVersionStatus.SUPERSEDED);
    }

    /** Whether the version is the one under review among its DPIA's versions. */
    public static boolean isCurrent(DpiaVersion version, List<DpiaVersion> versions) {
        return current(versions).filter(c -> c.getDpiaId() == version.getDpiaId() && c.getNumber() == version.getNumber())
                .isPresent();
    }

    /**
     * The reminder to send today about this version, given the DPIA's versions and the reminders already sent about
     * this one: none unless it is the version under review and has a review date.
     */
    public static Optional<ReviewReminder> reminderDue(DpiaVersion version, List<DpiaVersion> versions, LocalDate today,
                                                       Set<ReviewReminder> sent) {
        return isCurrent(version, versions) ? ReviewReminder.due(version.getReviewDate(), today, sent) : Optional.empty();
    }
}
