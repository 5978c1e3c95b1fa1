package org.concordat.document.render.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.concordat.document.render.domain.ParagraphComparison.Difference;
import org.concordat.document.render.domain.ParagraphComparison.Kind;
import org.junit.jupiter.api.Test;

class ParagraphComparisonTest {

    @Test
    void theSameTextHasNoDifferencesWhateverItsWhiteSpace() {
        assertTrue(ParagraphComparison.compare(List.of("One two", "Three"), List.of(" One\u00a0 two\t", "Three\n")).isEmpty());
    }

    @Test
    void aChangedParagraphIsShownBesideTheDraftsWithItsPosition() {
        List<Difference> d = ParagraphComparison.compare(List.of("A", "B", "C"), List.of("A", "B, as the partner writes it", "C"));
        assertEquals(List.of(new Difference(Kind.CHANGED, 2, "B", "B, as the partner writes it")), d);
    }

    @Test
    void addedAndRemovedParagraphsAreToldApart() {
        List<Difference> d = ParagraphComparison.compare(List.of("A", "B", "C", "D"), List.of("A", "C", "C2", "D"));
        assertEquals(List.of(new Difference(Kind.REMOVED, 2, "B", null), new Difference(Kind.ADDED, 3, null, "C2")), d);
    }

    @Test
    void anAdditionAtTheStartFollowsNothingAndOneAtTheEndFollowsTheLast() {
        assertEquals(List.of(new Difference(Kind.ADDED, 0, null, "New first")),
                ParagraphComparison.compare(List.of("A", "B"), List.of("New first", "A", "B")));
        assertEquals(List.of(new Difference(Kind.ADDED, 2, null, "New last")),
                ParagraphComparison.compare(List.of("A", "B"), List.of("A", "B", "New last")));
    }

    @Test
    void removedAndAddedBetweenTheSameKeptParagraphsArePairedAsChangesThenTheRest() {
        List<Difference> d = ParagraphComparison.compare(List.of("A", "x1", "x2", "x3", "Z"), List.of("A", "y1", "Z"));
        assertEquals(List.of(new Difference(Kind.CHANGED, 2, "x1", "y1"), new Difference(Kind.REMOVED, 3, "x2", null),
                new Difference(Kind.REMOVED, 4, "x3", null)), d);
    }

    @Test
    void moreParagraphsThanAreWorthAligningAreShownAsOneStretch() {
        List<String> current = new ArrayList<>(IntStream.range(0, 2500).mapToObj(i -> "a" + i).toList());
        List<String> partners = new ArrayList<>(IntStream.range(0, 2500).mapToObj(i -> "b" + i).toList());
        current.add(0, "same start");
        partners.add(0, "same start");
        List<Difference> d = ParagraphComparison.compare(current, partners);
        assertEquals(2500, d.size());
        assertTrue(d.stream().allMatch(x -> x.kind() == Kind.CHANGED));
        assertEquals(2, d.get(0).currentIndex(), "the kept first paragraph is not part of the stretch");
    }

    @Test
    void aLongDocumentWithAFewChangesIsAlignedExactly() {
        List<String> current = IntStream.range(0, 3000).mapToObj(i -> "Paragraph " + i).toList();
        List<String> partners = new ArrayList<>(current);
        partners.set(10, "Paragraph 10, amended");
        partners.remove(2000);
        partners.add(2500, "A new paragraph");
        List<Difference> d = ParagraphComparison.compare(current, partners);
        assertEquals(List.of(new Difference(Kind.CHANGED, 11, "Paragraph 10", "Paragraph 10, amended"),
                new Difference(Kind.REMOVED, 2001, "Paragraph 2000", null),
                new Difference(Kind.ADDED, 2501, null, "A new paragraph")), d);
    }
}
