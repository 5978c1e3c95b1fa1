package org.concordat.dpia.application;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concordat.dpia.domain.Dpia;
import org.concordat.dpia.domain.DpiaRepository;
import org.concordat.dpia.domain.DpiaVersion;
import org.concordat.dpia.domain.DpiaVersionStatus;
import org.concordat.shared.domain.ReviewReminder;

/** DPIAs in maps, with the JPA repository's semantics where the use cases rely on them. */
public class InMemoryDpiaRepository implements DpiaRepository {

    private final Map<Long, Dpia> dpias = new HashMap<>();
    private final Map<Long, DpiaVersion> versions = new HashMap<>();
    private final Map<Long, Set<ReviewReminder>> reminders = new HashMap<>();
    private long nextId = 200;
    private long nextReference = 1;

    @Override
    public long nextReferenceNumber() {
        return nextReference++;
    }

    @Override
    public Dpia add(Dpia dpia) {
        dpias.put(assign(dpia, Dpia.class), dpia);
        return dpia;
    }

    @Override
    public Optional<Dpia> find(long id) {
        return Optional.ofNullable(dpias.get(id));
    }

    @Override
    public DpiaVersion add(DpiaVersion version) {
        versions.put(assign(version, DpiaVersion.class), version);
        return version;
    }

    @Override
    public Optional<DpiaVersion> findVersion(long versionId) {
        return Optional.ofNullable(versions.get(versionId));
    }

    @Override
    public List<DpiaVersion> versions(long dpiaId) {
        return versions.values().stream().filter(v -> v.getDpiaId() == dpiaId)
                .sorted(Comparator.comparingInt(DpiaVersion::getNumber)).toList();
    }

    /** Who takes part in each agreement (its lead and the parties past draft), as the agreement_participant view says. */
    public final Map<Long, Set<Long>> participants = new HashMap<>();

    @Override
    public List<Dpia> linkedTo(long agreementId) {
        return dpias.values().stream().filter(d -> d.isLinkedTo(agreementId)).toList();
    }

    @Override
    public List<DpiaVersion> signedOffWithReviewBy(LocalDate day) {
        return versions.values().stream().filter(v -> (v.getStatus() == DpiaVersionStatus.COMPLETED
                        || v.getStatus() == DpiaVersionStatus.PRIOR_CONSULTATION_REQUIRED)
                        && v.getReviewDate() != null && !v.getReviewDate().isAfter(day))
                .sorted(Comparator.comparing(DpiaVersion::getReviewDate)).toList();
    }

    @Override
    public List<DpiaVersion> signedOffWithReviewBy(LocalDate day, long organisationId) {
        return signedOffWithReviewBy(day).stream().filter(v -> {
            Dpia d = dpias.get(v.getDpiaId());
            return d.isLedBy(organisationId) || d.getAgreementIds().stream()
                    .anyMatch(a -> participants.getOrDefault(a, Set.of()).contains(organisationId));
        }).toList();
    }

    @Override
    public Set<ReviewReminder> remindersSent(long versionId) {
        return Set.copyOf(reminders.getOrDefault(versionId, EnumSet.noneOf(ReviewReminder.class)));
    }

    @Override
    public void reminderSent(long versionId, ReviewReminder reminder, Instant at) {
        if (!reminders.computeIfAbsent(versionId, v -> EnumSet.noneOf(ReviewReminder.class)).add(reminder)) {
            throw new IllegalStateException("Reminder " + reminder + " already sent for version " + versionId);
        }
    }

    @Override
    public void flush() {
    }

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
