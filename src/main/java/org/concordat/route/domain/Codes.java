package org.concordat.route.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** Sets of catalogue codes kept sorted, so that answers list them in the same order every time. */
final class Codes {

    private Codes() {
    }

    static SortedSet<String> sorted(Collection<String> codes) {
        return Collections.unmodifiableSortedSet(codes == null ? new TreeSet<>() : new TreeSet<>(codes));
    }

    static SortedSet<String> common(Set<String> a, Set<String> b) {
        TreeSet<String> both = new TreeSet<>(a);
        both.retainAll(b);
        return Collections.unmodifiableSortedSet(both);
    }

    static SortedSet<String> missing(Set<String> wanted, Set<String> offered) {
        TreeSet<String> out = new TreeSet<>(wanted);
        out.removeAll(offered);
        return Collections.unmodifiableSortedSet(out);
    }
}
