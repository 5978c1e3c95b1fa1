package org.concordat.route.infrastructure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.concordat.route.domain.CandidateVersion;

/**
 * Every route's candidate versions in memory, by the pair of organisations (either way round): what
 * {@code RouteCandidateRepository.between} answers, without a query. Readers never lock; one writer at a time
 * replaces an agreement's versions pair by pair, each pair's list swapped whole.
 */
final class RouteIndex {

    private static final Comparator<CandidateVersion> BY_VERSION = Comparator.comparingLong(CandidateVersion::versionId);

    /** Two organisations, the lower id first. */
    record Pair(long low, long high) {
        static Pair of(long one, long other) {
            return one <= other ? new Pair(one, other) : new Pair(other, one);
        }
    }

    private final Map<Pair, List<CandidateVersion>> byPair = new ConcurrentHashMap<>();
    private final Map<Long, Set<Pair>> pairsOfAgreement = new HashMap<>();

    /** The versions both organisations are parties to, each with its flows between them, oldest version first. */
    List<CandidateVersion> between(long one, long other) {
        return byPair.getOrDefault(Pair.of(one, other), List.of());
    }

    /** Replaces all that is known of these agreements with their versions as read now (none: the agreements left). */
    void replace(Collection<Long> agreementIds, List<LoadedVersion> versions) {
        Set<Long> replaced = new HashSet<>(agreementIds);
        for (Long agreement : replaced) {
            for (Pair pair : pairsOfAgreement.getOrDefault(agreement, Set.of())) {
                byPair.computeIfPresent(pair, (p, list) -> {
                    List<CandidateVersion> kept = list.stream().filter(v -> !replaced.contains(v.agreementId())).toList();
                    return kept.isEmpty() ? null : kept;
                });
            }
            pairsOfAgreement.remove(agreement);
        }
        add(versions);
    }

    int pairs() {
        return byPair.size();
    }

    private void add(List<LoadedVersion> versions) {
        Map<Pair, List<CandidateVersion>> added = new HashMap<>();
        for (LoadedVersion version : versions) {
            List<Long> organisations = new ArrayList<>(version.organisationByParty().values());
            for (int i = 0; i < organisations.size(); i++) {
                for (int j = i + 1; j < organisations.size(); j++) {
                    Pair pair = Pair.of(organisations.get(i), organisations.get(j));
                    added.computeIfAbsent(pair, p -> new ArrayList<>()).add(version.between(pair.low(), pair.high()));
                    pairsOfAgreement.computeIfAbsent(version.agreementId(), a -> new HashSet<>()).add(pair);
                }
            }
        }
        added.forEach((pair, list) -> byPair.merge(pair, sorted(list), (old, fresh) -> {
            List<CandidateVersion> both = new ArrayList<>(old);
            both.addAll(fresh);
            return sorted(both);
        }));
    }

    private static List<CandidateVersion> sorted(List<CandidateVersion> list) {
        List<CandidateVersion> copy = new ArrayList<>(list);
        copy.sort(BY_VERSION);
        return List.copyOf(copy);
    }
}
