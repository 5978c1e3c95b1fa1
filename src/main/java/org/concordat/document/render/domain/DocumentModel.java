package org.concordat.document.render.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything an agreement version's document shows, resolved to words: organisation names instead of party keys, catalogue titles
 * instead of codes. Status and role stay codes (DRAFT, CONTROLLER) that the renderer puts into words.
 *
 * @param documentType the template's title ("Data sharing agreement")
 * @param draft        whether every page carries the DRAFT mark
 * @param endDate      the day after which the version no longer applies, or null when it runs until terminated
 * @param sections     the template's sections in order, with the author's answers (no guidance)
 * @param annex        every provision the flows rely on, in catalogue order, each once
 * @param json         the machine-readable copy of the version, attached to the PDF as it is
 * @param producedAt   when the document was produced (metadata and cover)
 * @param linkedData   the version as linked data (JSON-LD, format concordat.agreement-version-ld/1), attached beside
 *                     the JSON as an alternative of it; null when the document carries none
 */
public record DocumentModel(String documentType, String title, String reference, int versionNumber, String status,
                            boolean draft, LocalDate effectiveDate, LocalDate reviewDate, LocalDate endDate,
                            String purpose, String benefits, List<Party> parties, List<Section> sections,
                            List<Flow> flows, List<Provision> annex, byte[] json, Instant producedAt,
                            byte[] linkedData)
        implements RenderableDocument {

    public DocumentModel {
        parties = List.copyOf(parties);
        sections = List.copyOf(sections);
        flows = List.copyOf(flows);
        annex = List.copyOf(annex);
        json = json.clone();
        linkedData = linkedData == null ? null : linkedData.clone();
    }

    /** A document that carries the version's JSON only. */
    public DocumentModel(String documentType, String title, String reference, int versionNumber, String status,
                         boolean draft, LocalDate effectiveDate, LocalDate reviewDate, LocalDate endDate, String purpose,
                         String benefits, List<Party> parties, List<Section> sections, List<Flow> flows,
                         List<Provision> annex, byte[] json, Instant producedAt) {
        this(documentType, title, reference, versionNumber, status, draft, effectiveDate, reviewDate, endDate, purpose,
                benefits, parties, sections, flows, annex, json, producedAt, null);
    }

    @Override
    public byte[] json() {
        return json.clone();
    }

    @Override
    public byte[] linkedData() {
        return linkedData == null ? null : linkedData.clone();
    }

    /**
     * A party, and so a signature slot on the signature page.
     *
     * @param outsideConcordat whether its signatory was named to approve outside Concordat (by a single-use e-mail
     *                         link and a code) when the document was made; the page says how they are identified
     */
    public record Party(String key, String organisation, String role, String signatoryName, String contactName,
                        String contactEmail, boolean outsideConcordat) {

        public Party(String key, String organisation, String role, String signatoryName, String contactName,
                     String contactEmail) {
            this(key, organisation, role, signatoryName, contactName, contactEmail, false);
        }
    }

    /**
     * A template section.
     *
     * @param generated what Concordat writes for this section from the structured data (parties, flows, ...),
     *                  or null when the section is only the author's answers
     */
    public record Section(String key, String heading, String generated, List<Answer> answers) {
        public Section {
            answers = List.copyOf(answers);
        }
    }

    /**
     * The answer to one field of a section.
     *
     * @param text the author's text in the {@link SectionText} convention, or null when not answered
     */
    public record Answer(String label, String text) {
    }

    /** A sharing flow, every code put into words. */
    public record Flow(String key, String from, String to, boolean bothWays, List<String> dataSubjects,
                       List<String> dataCategories, String purpose, String frequency, String transferMethod,
                       String retention, boolean lawEnforcement, String notes, List<LegalBasis> legalBasis) {
        public Flow {
            dataSubjects = List.copyOf(dataSubjects);
            dataCategories = List.copyOf(dataCategories);
            legalBasis = List.copyOf(legalBasis);
        }
    }

    /** One provision a flow relies on, and in which capacity (lawful basis, Article 9 condition, ...). */
    public record LegalBasis(org.concordat.legal.domain.LegalBasis.Part kind, Provision provision) {
    }

    /** The capacities in which a flow relies on the law, in the order a document lists them. */
    /**
     * A catalogue entry as the document quotes it.
     *
     * @param summary  the plain-English summary, or null when the code is not in the catalogue in force
     * @param citation the full citation, or null when the code is not in the catalogue in force
     */
    public record Provision(String code, String title, String summary, String citation) {

        public boolean known() {
            return citation != null;
        }
    }
}
