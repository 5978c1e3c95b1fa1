package org.concordat.processing.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.concordat.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

/** How the API chooses the form of the record: ?format first, then the Accept header, JSON by default. */
class RecordOfProcessingResourceTest {

    @Test
    void formatWinsOverAccept() {
        assertEquals("csv", RecordOfProcessingResource.format("csv", List.of("application/json")));
        assertEquals("xlsx", RecordOfProcessingResource.format(" XLSX ", List.of()));
        assertEquals("json", RecordOfProcessingResource.format("json", List.of("text/csv")));
    }

    @Test
    void withoutFormatTheFirstAcceptableTypeDecides() {
        assertEquals("csv", RecordOfProcessingResource.format(null, List.of("text/csv")));
        assertEquals("xlsx", RecordOfProcessingResource.format("", List.of(RecordOfProcessingResource.XLSX)));
        assertEquals("json", RecordOfProcessingResource.format(null, List.of("*/*")));
        assertEquals("csv", RecordOfProcessingResource.format(null, List.of("text/*")));
        assertEquals("json", RecordOfProcessingResource.format(null, List.of()));
        assertEquals("xlsx", RecordOfProcessingResource.format(null, List.of("application/pdf", RecordOfProcessingResource.XLSX)),
                "the first type it can give");
    }

    @Test
    void anUnknownFormatIsRefused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> RecordOfProcessingResource.format("pdf", List.of()));
        assertEquals("format", refused.errors().get(0).field());
    }
}
