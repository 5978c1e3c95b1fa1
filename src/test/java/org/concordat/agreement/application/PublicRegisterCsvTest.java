package org.concordat.agreement.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The public register's CSV: an organisation's name or a title written as a formula is published as text. */
class PublicRegisterCsvTest {

    @Test
    void aFormulaInATitleOrAPartyNameIsPublishedAsText() throws Exception {
        String csv = PublicRegister.csv(List.of(new PublicRegister.Entry("DSA-2026-0042", "=cmd|' /C calc'!A0",
                List.of("@Evil Council", "Northshire Police"), List.of("Child in need"),
                List.of("Public task (UK GDPR Art 6(1)(e))"), LocalDate.of(2026, 4, 1), LocalDate.of(2027, 4, 1), null)));
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(1, rows.size(), csv);
        assertEquals("DSA-2026-0042", rows.get(0).get("Reference"));
        assertEquals("'=cmd|' /C calc'!A0", rows.get(0).get("Title"));
        assertEquals("'@Evil Council; Northshire Police", rows.get(0).get("Parties"));
        assertEquals("2026-04-01", rows.get(0).get("Effective from"));
        assertEquals("", rows.get(0).get("Ends on"));
    }
}
