package org.concordat.agreement.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concordat.agreement.domain.AgreementFilter;
import org.concordat.shared.domain.ListOrder;
import org.concordat.legal.application.LegalCatalogue;
import org.concordat.legal.domain.Catalogue;
import org.concordat.legal.infrastructure.YamlCatalogueReader;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.StatusTag;
import org.junit.jupiter.api.Test;

/** The agreements list's filter as an address or an API request gives it: each part read, or refused by its name. */
class AgreementFiltersTest {

    static final Catalogue CATALOGUE = new YamlCatalogueReader(name -> {
        Path file = Path.of("templates", "legal", name);
        try {
            return Files.exists(file) ? Files.newInputStream(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }).read();

    final AgreementFilters filters = new AgreementFilters();

    AgreementFiltersTest() {
        filters.catalogue = new LegalCatalogue() {
            @Override
            public Catalogue current() {
                return CATALOGUE;
            }
        };
    }

    @Test
    void nothingGivenIsEverythingNewestFirst() {
        assertEquals(AgreementFilter.none(), filters.parse(new AgreementFilters.Raw(null, "", " ", null, "", null)));
    }

    @Test
    void eachPartIsReadWhateverItsCase() {
        AgreementFilter filter = filters.parse(new AgreementFilters.Raw("  welfare ", "review_due", "42", "A6-1-e", "A9-2-g", "title"));
        assertEquals("welfare", filter.text());
        assertEquals(StatusTag.REVIEW_DUE, filter.status());
        assertEquals(42L, filter.partyId());
        assertEquals("A6-1-e", filter.lawfulBasis());
        assertEquals("A9-2-g", filter.specialCondition());
        assertEquals(ListOrder.TITLE, filter.sort());
    }

    @Test
    void everyBadPartIsToldByItsNameAtOnce() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> filters.parse(new AgreementFilters.Raw(
                "x".repeat(201), "ICO_CONSULTATION", "the council", "A9-2-g", "A6-1-e", "random")));
        assertEquals(List.of("q", "status", "party", "basis", "condition", "sort"),
                refused.errors().stream().map(FieldError::field).toList(), "an Art 9 code is no Art 6 basis, and back");
        assertTrue(refused.errors().get(0).message().contains("200"), refused.errors().get(0).message());
    }

    @Test
    void textThatCannotBeKeptIsRefusedAsAnywhereElse() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> filters.parse(new AgreementFilters.Raw("a\u202Eb", null, null, null, null, null)));
        assertEquals("q", refused.errors().get(0).field());
        assertNull(filters.parse(new AgreementFilters.Raw("   ", null, null, null, null, null)).text());
    }
}
