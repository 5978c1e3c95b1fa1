package org.concordat.route.domain;

import java.io.Serializable;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Sets of catalogue codes kept sorted, so that answers list them in the same order every time.
 *
 * <p>Every set here is immutable and ordered, so one already made is passed on as it is, and an intersection that
 * keeps everything is the set itself. A check compares the question with each of some twenty-five flows, and every
 * reason, covering flow and gap holds such sets: copying them into new trees each time was a tenth of the server's
 * work on a route check.
 */
final class Codes {

    private Codes() {
    }

    static Set<String> sorted(Collection<String> codes) {
        return Sorted.of(codes);
    }

    static Set<String> common(Set<String> a, Set<String> b) {
        return Sorted.of(a).keep(b::contains);
    }

    static Set<String> missing(Set<String> wanted, Set<String> offered) {
        return Sorted.of(wanted).keep(code -> !offered.contains(code));
    }

    /**
     * A handful of codes in a sorted array: contains is a binary search, iteration is in order. Serializable, as the
     * views that keep an answer or a decision between requests are.
     */
    private static final class Sorted extends AbstractSet<String> implements Serializable {

        private static final long serialVersionUID = 1L;

        static final Sorted EMPTY = new Sorted(new String[0]);

        private final String[] codes;

        private Sorted(String[] sortedDistinct) {
            this.codes = sortedDistinct;
        }

        static Sorted of(Collection<String> codes) {
            if (codes instanceof Sorted sorted) {
                return sorted;
            }
            if (codes == null || codes.isEmpty()) {
                return EMPTY;
            }
            String[] array = codes.toArray(new String[0]);
            Arrays.sort(array);
            int distinct = 0;
            for (String code : array) {
                if (distinct == 0 || !code.equals(array[distinct - 1])) {
                    array[distinct++] = code;
                }
            }
            return new Sorted(distinct == array.length ? array : Arrays.copyOf(array, distinct));
        }

        Sorted keep(Predicate<String> test) {
            String[] kept = new String[codes.length];
            int n = 0;
            for (String code : codes) {
                if (test.test(code)) {
                    kept[n++] = code;
                }
            }
            return n == codes.length ? this : n == 0 ? EMPTY : new Sorted(Arrays.copyOf(kept, n));
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof String code && Arrays.binarySearch(codes, code) >= 0;
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.asList(codes).iterator();
        }

        @Override
        public int size() {
            return codes.length;
        }
    }
}
