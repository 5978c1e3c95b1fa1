package org.concordat.agreement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.concordat.agreement.domain.AgreementListing;
import org.concordat.agreement.domain.AgreementRepository;
import org.concordat.agreement.domain.AgreementVersion;
import org.concordat.agreement.domain.Flow;
import org.concordat.legal.application.LegalCatalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.shared.application.SpreadsheetCells;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.Page;
import org.concordat.shared.domain.PageRequest;

/**
 * The public register (no sign-in): agreements their lead has chosen to publish, while a version is in force. It
 * shows what the partners would publish anyway — who shares, why and on what lawful basis — never flows' details,
 * contacts or drafts.
 */
@ApplicationScoped
@Transactional
public class PublicRegister {

    /** One published agreement; purposes and lawful bases in words, each lawful basis with its citation. */
    public record Entry(String reference, String title, List<String> parties, List<String> purposes,
                        List<String> lawfulBases, LocalDate effectiveDate, LocalDate reviewDate, LocalDate endDate)
            implements java.io.Serializable {
    }

    @Inject
    AgreementRepository repository;

    @Inject
    AgreementListing listing;

    @Inject
    LegalCatalogue catalogue;

    @Inject
    Clock clock;

    /**
     * One page of the register, read by the database: the agreements in force whose lead published them, in
     * reference order; {@code text} (or null) matches a reference, a title or a party's name.
     */
    public Page<Entry> page(String text, PageRequest request) {
        Page<AgreementListing.RegisterRow> rows = listing.publicRegister(text, LocalDate.now(clock), request);
        Map<Long, List<String>> parties = listing.partyNames(rows.items().stream().map(AgreementListing.RegisterRow::versionId).toList());
        return rows.map(row -> entry(row.reference(), repository.findVersion(row.versionId()).orElseThrow(),
                parties.getOrDefault(row.versionId(), List.of())));
    }

    private static final List<String> HEADER = List.of("Reference", "Title", "Parties", "Purposes", Messages.text("agreement.PublicRegister.lawfulBases"),
            Messages.text("agreement.PublicRegister.effectiveFrom"), Messages.text("agreement.PublicRegister.reviewBy"), Messages.text("agreement.PublicRegister.endsOn"));

    /**
     * The register as CSV: one row per agreement, lists separated by semicolons. Titles and organisations' names are
     * typed by people: {@link SpreadsheetCells} keeps a formula among them from running in a reader's spreadsheet.
     */
    public static String csv(List<Entry> entries) {
        return SpreadsheetCells.csv(HEADER, entries.stream().map(e -> Arrays.asList(e.reference(), e.title(),
                String.join("; ", e.parties()), String.join("; ", e.purposes()), String.join("; ", e.lawfulBases()),
                e.effectiveDate(), e.reviewDate(), e.endDate())));
    }

    private Entry entry(String reference, AgreementVersion version, List<String> parties) {
        List<String> purposes = titles(version.getFlows().stream().map(f -> f.details().purpose()).toList(), false);
        List<String> bases = titles(version.getFlows().stream().flatMap(this::legalCodes).toList(), true);
        return new Entry(reference, version.getTitle(), parties, purposes, bases, version.getEffectiveDate(),
                version.getReviewDate(), version.getEndDate());
    }

    private java.util.stream.Stream<String> legalCodes(Flow flow) {
        // The lawful bases and conditions, not the gateways, the other basis in law or confidentiality (as before).
        java.util.Set<org.concordat.legal.domain.LegalBasis.Part> published = java.util.EnumSet.range(
                org.concordat.legal.domain.LegalBasis.Part.LAWFUL_BASIS, org.concordat.legal.domain.LegalBasis.Part.SCHEDULE_8_CONDITION);
        return flow.details().law().citations().stream().filter(c -> published.contains(c.part()))
                .map(org.concordat.legal.domain.LegalBasis.Citation::code);
    }

    /** Distinct catalogue titles of the codes, in order; with the citation when asked. */
    private List<String> titles(Collection<String> codes, boolean withCitation) {
        return codes.stream().filter(c -> c != null && !c.isBlank()).distinct()
                .map(c -> catalogue.current().find(c).map(e -> label(e, withCitation)).orElse(c))
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    private static String label(CatalogueEntry entry, boolean withCitation) {
        return withCitation && entry.citation() != null && !entry.citation().isBlank()
                ? entry.title() + " (" + entry.citation() + ")" : entry.title();
    }
}
