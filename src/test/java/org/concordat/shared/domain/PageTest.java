package org.concordat.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Reading a whole list page by page: every row once, in order, at the largest page size, and no read past the end. */
class PageTest {

    @Test
    void allReadsEveryPageOnceInOrder() {
        List<Integer> list = IntStream.range(0, 1_201).boxed().toList();
        List<PageRequest> asked = new ArrayList<>();
        List<Integer> read = Page.all(request -> {
            asked.add(request);
            int from = (int) Math.min(request.offset(), list.size());
            return new Page<>(list.subList(from, Math.min(list.size(), from + request.size())), list.size(), request);
        });
        assertEquals(list, read);
        assertEquals(List.of(new PageRequest(1, 500), new PageRequest(2, 500), new PageRequest(3, 500)), asked);
    }

    @Test
    void anEmptyListIsOneRead() {
        List<PageRequest> asked = new ArrayList<>();
        assertEquals(List.of(), Page.all(request -> {
            asked.add(request);
            return Page.<String>empty(request);
        }));
        assertEquals(1, asked.size());
    }
}
