package org.concordat.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.concordat.shared.domain.Page;
import org.concordat.shared.domain.PageRequest;
import org.junit.jupiter.api.Test;

/** The page links of a long list, and what a page says about where it is (GOV.UK's pagination). */
class PaginationViewTest {

    @Test
    void theFirstTheLastAndTheNeighboursOfTheCurrentPageWithGapsBetween() {
        assertEquals(List.of(1), PaginationView.numbers(1, 1));
        assertEquals(List.of(1, 2), PaginationView.numbers(1, 2));
        assertEquals(List.of(1, 2, 3), PaginationView.numbers(2, 3));
        assertEquals(List.of(1, 2, 0, 400), PaginationView.numbers(1, 400));
        assertEquals(List.of(1, 0, 199, 200, 201, 0, 400), PaginationView.numbers(200, 400));
        assertEquals(List.of(1, 2, 3, 4, 0, 400), PaginationView.numbers(3, 400), "no gap where no page is left out");
        assertEquals(List.of(1, 0, 399, 400), PaginationView.numbers(400, 400));
        assertEquals(List.of(1, 2, 3, 4, 5), PaginationView.numbers(4, 5), "one page left out is shown, not a gap");
        assertEquals(List.of(1, 0, 4, 5, 6, 7), PaginationView.numbers(5, 7));
    }

    @Test
    void aPageSaysWhichRowsItShowsOfHowMany() {
        Page<String> second = new Page<>(List.of("c", "d"), 5, new PageRequest(2, 2));
        assertEquals(3, second.pages());
        assertEquals(3, second.firstShown());
        assertEquals(4, second.lastShown());
        assertTrue(second.hasPrevious());
        assertTrue(second.hasNext());
        Page<String> last = new Page<>(List.of("e"), 5, new PageRequest(3, 2));
        assertFalse(last.hasNext());
        assertEquals(5, last.lastShown());
        Page<String> none = Page.empty(PageRequest.first());
        assertEquals(1, none.pages(), "an empty list is page 1 of 1");
        assertEquals(0, none.firstShown());
        assertFalse(none.hasNext());
        assertEquals(List.of(1, 1), second.map(String::length).items());
        assertEquals(5, second.map(String::length).total());
    }

    @Test
    void aPageAskedForByHandIsReadSensiblyAndAProgrammingErrorIsNot() {
        assertEquals(new PageRequest(1, 25), PageRequest.lenient(null, null));
        assertEquals(new PageRequest(1, 25), PageRequest.lenient(-3, 0));
        assertEquals(new PageRequest(7, 500), PageRequest.lenient(7, 100_000));
        assertEquals(150, new PageRequest(7, 25).offset());
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 25));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(1, 501));
    }
}
