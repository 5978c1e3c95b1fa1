package org.concordat.agreement.application;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concordat.agreement.domain.Agreement;
import org.concordat.agreement.domain.AgreementRepository;
import org.concordat.agreement.domain.AgreementVersion;
import org.concordat.agreement.domain.Decision;
import org.concordat.agreement.domain.VersionStatus;
import org.concordat.shared.domain.ReviewReminder;

/**
 * Agreements in maps, with the JPA repository's semantics where the use cases rely on them: ids from sequences,
 * versions by number, decisions oldest first, the optimistic lock raised when a version changes (flush).
 */
public class InMemoryAgreementRepository implements AgreementRepository {

    private final Map<Long, Agreement> agreements = new HashMap<>();
    private final Map<Long, AgreementVersion> versions = new HashMap<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final Map<Long, Set<ReviewReminder>> reminders = new HashMap<>();
    private long nextId = 100;
    private long nextReference = 1;
    private int flushes;
    private final Map<Long, Integer> draftErrors = new HashMap<>();

    @Override
    public long nextReferenceNumber() {
        return nextReference++;
    }

    @Override
    public Agreement add(Agreement agreement) {
        agreements.put(assign(agreement, Agreement.class), agreement);
        return agreement;
    }

    @Override
    public Optional<Agreement> find(long id) {
        return Optional.ofNullable(agreements.get(id));
    }

    @Override
    public AgreementVersion add(AgreementVersion version) {
        versions.put(assign(version, AgreementVersion.class), version);
        return version;
    }

    @Override
    public Optional<AgreementVersion> findVersion(long versionId) {
        return Optional.ofNullable(versions.get(versionId));
    }

    @Override
    public Optional<AgreementVersion> latestVersion(long agreementId) {
        return versions(agreementId).stream().reduce((a, b) -> b);
    }

    @Override
    public List<AgreementVersion> versions(long agreementId) {
        return versions.values().stream().filter(v -> v.getAgreementId() == agreementId)
                .sorted(Comparator.comparingInt(AgreementVersion::getNumber)).toList();
    }

    @Override
    public void flush() {
        flushes++;
    }

    public int flushes() {
        return flushes;
    }

    @Override
    public Optional<AgreementVersion> findVersionForUpdate(long versionId) {
        return findVersion(versionId);
    }

    @Override
    public Decision add(Decision decision) {
        assign(decision, Decision.class);
        decisions.add(decision);
        return decision;
    }

    @Override
    public List<Decision> decisions(long versionId, int round) {
        return decisions(versionId).stream().filter(d -> d.getRound() == round).toList();
    }

    @Override
    public List<Decision> decisions(long versionId) {
        return decisions.stream().filter(d -> d.getVersionId() == versionId).toList();
    }

    @Override
    public List<AgreementVersion> approvedWithReviewBy(LocalDate day) {
        return versions.values().stream().filter(v -> v.getStatus() == VersionStatus.APPROVED
                        && v.getReviewDate() != null && !v.getReviewDate().isAfter(day))
                .sorted(Comparator.comparing(AgreementVersion::getReviewDate)).toList();
    }

    @Override
    public List<AgreementVersion> approvedWithReviewBy(LocalDate day, long organisationId) {
        return approvedWithReviewBy(day).stream().filter(v -> v.hasParty(organisationId)
                || agreements.get(v.getAgreementId()).isLedBy(organisationId)).toList();
    }

    @Override
    public List<AgreementVersion> approvedEndedBefore(LocalDate day) {
        return versions.values().stream().filter(v -> v.getStatus() == VersionStatus.APPROVED
                && v.getEndDate() != null && v.getEndDate().isBefore(day)).toList();
    }

    @Override
    public List<Agreement> onPublicRegister() {
        return agreements.values().stream().filter(Agreement::isPublicRegister).toList();
    }

    @Override
    public Set<ReviewReminder> remindersSent(long versionId) {
        return Set.copyOf(reminders.getOrDefault(versionId, EnumSet.noneOf(ReviewReminder.class)));
    }

    @Override
    public void reminderSent(long versionId, ReviewReminder reminder, Instant at) {
        reminders.computeIfAbsent(versionId, v -> EnumSet.noneOf(ReviewReminder.class)).add(reminder);
    }

    @Override
    public void draftChecked(long versionId, int errors, Instant at) {
        draftErrors.put(versionId, errors);
    }

    /** The errors of a draft's last check, as kept; null when never checked. */
    public Integer draftErrors(long versionId) {
        return draftErrors.get(versionId);
    }

    /** The id the database's sequence would give. */
    private long assign(Object entity, Class<?> type) {
        try {
            Field id = type.getDeclaredField("id");
            id.setAccessible(true);
            long value = nextId++;
            id.set(entity, value);
            return value;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
