package org.concordat.agreement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.concordat.agreement.domain.Agreement;
import org.concordat.agreement.domain.AgreementImport;
import org.concordat.agreement.domain.AgreementImportRepository;
import org.concordat.agreement.domain.AgreementRepository;
import org.concordat.agreement.domain.AgreementVersion;
import org.concordat.agreement.domain.ImportConfirmation;
import org.concordat.agreement.domain.ImportNotice;
import org.concordat.agreement.domain.ImportProblem;
import org.concordat.agreement.domain.ImportRejectedException;
import org.concordat.agreement.domain.Party;
import org.concordat.audit.application.AuditLog;
import org.concordat.legal.application.ComplianceChecks;
import org.concordat.legal.application.LegalCatalogue;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.shared.application.AccessGuard;
import org.concordat.shared.application.SpreadsheetCells;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.domain.Role;
import org.concordat.template.application.TemplateLibrary;

/**
 * Bringing in agreements signed outside Concordat (issue 20, part 3). An IG lead downloads a template (XLSX with
 * drop-down lists, or CSV), fills it in and uploads it with the signed PDF. The file is checked whole ({@link
 * ImportValidation}); nothing is stored unless it passes. The import creates the agreement and an approved version of
 * origin IMPORTED, keeps the PDF (and both files' SHA-256) and records who imported it; the importer's organisation
 * confirms it by importing. Each other party's IG lead or signatory then confirms it; until every party has, route
 * checks do not count the version (the published views of V33).
 */
@ApplicationScoped
public class AgreementImports {

    /** The largest sheet and the largest PDF an import takes, each (the pages' and the API's upload limit). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The input names of the two files, on the page and in the API's form. */
    public static final String SHEET = "sheet";
    public static final String DOCUMENT = "document";
    /** The template built in to every partnership: the imported version is shown with its sections (unanswered). */
    static final String TEMPLATE = "ICO-DSA";

    @Inject
    AgreementRepository agreements;

    @Inject
    AgreementImportRepository imports;

    @Inject
    AgreementQueries queries;

    @Inject
    OrganisationQueries organisations;

    @Inject
    LegalCatalogue catalogue;

    @Inject
    ComplianceChecks compliance;

    @Inject
    TemplateLibrary templates;

    @Inject
    AccessGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<ImportNotice> notices;

    /** The formats of a file to import, known by the end of its name. */
    public enum Format {
        XLSX, CSV;

        public static Format of(String fileName) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
            if (name.endsWith(".csv")) {
                return CSV;
            }
            if (name.endsWith(".xlsx")) {
                return XLSX;
            }
            if (name.endsWith(".xlsm")) {
                throw new InvalidInputException(SHEET, Messages.text("shared.SpreadsheetCells.macros"));
            }
            throw new InvalidInputException(SHEET, Messages.text("agreement.AgreementImports.notASheet"));
        }
    }

    /** A file as it was uploaded: its name and bytes. */
    public record Upload(String fileName, byte[] content) implements Serializable {
        public Upload {
            fileName = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        }
    }

    /** A template ready to download. */
    public record Template(String fileName, String mediaType, byte[] content) {
    }

    public Template template(Format format) {
        Caller caller = requireImporter();
        ImportVocabulary words = vocabulary();
        LocalDate today = LocalDate.now(clock);
        if (format == Format.CSV) {
            return new Template(Messages.text("agreement.AgreementImports.templateFileName") + ".csv", "text/csv",
                    ImportTemplates.csv().getBytes(StandardCharsets.UTF_8));
        }
        return new Template(Messages.text("agreement.AgreementImports.templateFileName") + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ImportTemplates.xlsx(words, caller.organisationName(), clock.instant(), today));
    }

    /** Checks the files and says what an import would create; nothing is stored. */
    public ImportPlan check(Upload sheet, Upload document) {
        Caller caller = requireImporter();
        return plan(caller, sheet, document);
    }

    /** Checks the files again and, if they pass, creates the agreement; returns it. */
    @Transactional
    public AgreementData importAgreement(Upload sheet, Upload document) {
        Caller caller = requireImporter();
        return create(caller, plan(caller, sheet, document), sheet, document);
    }

    /**
     * Checks an agreement sent as the machine-readable copy of a Concordat PDF (format concordat.agreement-version/1)
     * with its signed PDF, as a file is checked; nothing is stored.
     */
    public ImportPlan checkCopy(AgreementCopyImport.CopiedAgreement copy, Upload document) {
        return planCopy(requireImporter(), copy, document);
    }

    /**
     * The same, then the agreement created.
     *
     * @param sent the copy as it was sent (its name and bytes, recorded with their SHA-256)
     */
    @Transactional
    public AgreementData importCopy(AgreementCopyImport.CopiedAgreement copy, Upload sent, Upload document) {
        Caller caller = requireImporter();
        return create(caller, planCopy(caller, copy, document), sent, document);
    }

    private ImportPlan planCopy(Caller caller, AgreementCopyImport.CopiedAgreement copy, Upload document) {
        List<ImportProblem> problems = new ArrayList<>();
        checkDocument(document, problems);
        ImportPlan plan = null;
        if (copy == null) {
            problems.add(new ImportProblem("agreement", 0, null, SHEET, Messages.text("agreement.AgreementImports.sendTheCopy")));
        } else {
            try {
                plan = validation().csv(AgreementCopyImport.rows(copy), caller.organisationId());
            } catch (ImportRejectedException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw AgreementCopyImport.rejected(new ImportRejectedException(problems));
        }
        return plan;
    }

    private AgreementData create(Caller caller, ImportPlan plan, Upload sheet, Upload document) {
        Instant now = clock.instant();
        Agreement agreement = agreements.add(new Agreement(Agreement.reference(now.atZone(ZoneOffset.UTC).getYear(),
                agreements.nextReferenceNumber()), plan.leadOrganisationId(), now));
        AgreementVersion version = AgreementVersion.importedDraft(agreement.getId(), templates.latestBuiltInVersionId(TEMPLATE),
                plan.details(), plan.parties(), caller.email(), now);
        plan.flows().forEach(f -> version.saveFlow(null, f.details(), now));
        agreements.add(version);
        // Written as a draft first: the database accepts a version's parties and flows only while it is a draft.
        agreements.flush();
        version.recordImported(now);
        agreements.flush();
        imports.add(new AgreementImport(version.getId(), caller.organisationId(), plan.originalReference(), caller.email(),
                caller.fullName(), now, sheet.fileName(), sha256(sheet.content()), document.fileName(),
                sha256(document.content()), document.content()));
        imports.add(new ImportConfirmation(version.getId(), caller.organisationId(), caller.email(), caller.fullName(), now));
        audit.change("AGREEMENT_IMPORTED", "AgreementVersion", version.getId(), Messages.text("agreement.AgreementImports.imported",
                agreement.getReference(), plan.details().title(), plan.flows().size(), caller.organisationName(),
                sheet.fileName(), sha256(sheet.content()), document.fileName(), sha256(document.content())), null, null);
        agreements.flush();
        notices.fire(new ImportNotice(ImportNotice.Kind.CONFIRMATION_ASKED, version.getId(), agreement.getReference(),
                version.getTitle(), caller.organisationName(), version.getParties().stream().map(Party::getOrganisationId)
                .filter(id -> id != caller.organisationId()).toList()));
        return queries.data(caller, agreement, version);
    }

    /** Where an imported version stands: who imported it, and which parties have confirmed it. */
    public record ImportStatus(long versionId, String originalReference, String importedBy, String importingOrganisation,
                               Instant importedAt, String documentFileName, String documentSha256, String sheetFileName,
                               String sheetSha256, List<PartyConfirmation> parties, int confirmed, boolean complete,
                               boolean canConfirm) implements Serializable {
    }

    /** A party of an imported version and its confirmation, if given (by, at null otherwise). */
    public record PartyConfirmation(long organisationId, String organisationName, String confirmedBy, Instant confirmedAt)
            implements Serializable {
    }

    /** The import behind a version the caller may see, or empty when it was not imported. */
    @Transactional
    public java.util.Optional<ImportStatus> status(long versionId) {
        Caller caller = guard.signedIn();
        AgreementVersion version = visibleVersion(caller, versionId);
        return imports.forVersion(versionId).map(record -> status(caller, version, record));
    }

    /** A party's IG lead or signatory confirms that the imported version is the agreement their organisation signed. */
    @Transactional
    public ImportStatus confirm(long versionId) {
        Caller caller = guard.requireAny(Messages.text("agreement.AgreementImports.confirmAnImport"), Role.IG_LEAD, Role.SIGNATORY);
        AgreementVersion version = agreements.findVersionForUpdate(versionId)
                .orElseThrow(() -> notFound(versionId));
        Agreement agreement = agreements.find(version.getAgreementId()).orElseThrow();
        if (!AgreementQueries.visible(caller, agreement, version)) {
            throw notFound(versionId);
        }
        AgreementImport record = imports.forVersion(versionId).orElseThrow(() -> new InvalidInputException("version",
                Messages.text("agreement.AgreementImports.notImported", agreement.getReference(), version.getNumber())));
        if (!version.hasParty(caller.organisationId())) {
            throw guard.refuse(caller, "confirm import " + agreement.getReference(),
                    Messages.text("agreement.AgreementImports.notAParty"));
        }
        if (imports.confirmations(versionId).stream().anyMatch(c -> c.getOrganisationId() == caller.organisationId())) {
            throw new InvalidInputException("confirmation", Messages.text("agreement.AgreementImports.alreadyConfirmed",
                    caller.organisationName()));
        }
        Instant now = clock.instant();
        imports.add(new ImportConfirmation(versionId, caller.organisationId(), caller.email(), caller.fullName(), now));
        agreements.flush();
        ImportStatus status = status(caller, version, record);
        audit.change("AGREEMENT_IMPORT_CONFIRMED", "AgreementVersion", versionId, Messages.text(
                "agreement.AgreementImports.confirmed", agreement.getReference(), version.getNumber(), caller.organisationName(),
                caller.fullName(), status.confirmed(), status.parties().size())
                + (status.complete() ? Messages.text("agreement.AgreementImports.everyPartyConfirmed") : ""), null, null);
        if (status.complete()) {
            notices.fire(new ImportNotice(ImportNotice.Kind.CONFIRMED_BY_ALL, versionId, agreement.getReference(),
                    version.getTitle(), caller.organisationName(),
                    version.getParties().stream().map(Party::getOrganisationId).toList()));
        }
        return status;
    }

    /** The signed PDF kept with an imported version, for whoever may see the version. */
    @Transactional
    public Template document(long versionId) {
        Caller caller = guard.signedIn();
        visibleVersion(caller, versionId);
        AgreementImport record = imports.forVersion(versionId).orElseThrow(() -> notFound(versionId));
        return new Template(record.getDocumentFileName(), "application/pdf", record.getDocument());
    }

    private ImportStatus status(Caller caller, AgreementVersion version, AgreementImport record) {
        List<ImportConfirmation> confirmations = imports.confirmations(version.getId());
        List<PartyConfirmation> parties = new ArrayList<>();
        for (Party party : version.getParties()) {
            String name = organisations.findByIdAnyState(party.getOrganisationId()).map(OrganisationData::name).orElse("");
            ImportConfirmation c = confirmations.stream().filter(x -> x.getOrganisationId() == party.getOrganisationId())
                    .findFirst().orElse(null);
            parties.add(new PartyConfirmation(party.getOrganisationId(), name, c == null ? null : c.getConfirmedByName(),
                    c == null ? null : c.getConfirmedAt()));
        }
        int confirmed = (int) parties.stream().filter(p -> p.confirmedAt() != null).count();
        boolean mine = parties.stream().anyMatch(p -> p.organisationId() == caller.organisationId() && p.confirmedAt() == null);
        String importing = organisations.findByIdAnyState(record.getOrganisationId()).map(OrganisationData::name).orElse("");
        return new ImportStatus(version.getId(), record.getOriginalReference(), record.getImportedByName(), importing,
                record.getImportedAt(), record.getDocumentFileName(), record.getDocumentSha256(), record.getSheetFileName(),
                record.getSheetSha256(), parties, confirmed, confirmed == parties.size(),
                mine && (caller.has(Role.IG_LEAD) || caller.has(Role.SIGNATORY)));
    }

    private AgreementVersion visibleVersion(Caller caller, long versionId) {
        AgreementVersion version = agreements.findVersion(versionId).orElseThrow(() -> notFound(versionId));
        Agreement agreement = agreements.find(version.getAgreementId()).orElseThrow();
        if (!AgreementQueries.visible(caller, agreement, version)) {
            throw notFound(versionId);
        }
        return version;
    }

    private static NotFoundException notFound(long versionId) {
        return new NotFoundException(Messages.text("agreement.AgreementQueries.agreementVersion", versionId));
    }

    /** Whether the caller may bring agreements in (an IG lead). */
    public boolean mayImport() {
        return guard.signedIn().has(Role.IG_LEAD);
    }

    private Caller requireImporter() {
        return guard.requireAny(Messages.text("agreement.AgreementImports.importAnAgreement"), Role.IG_LEAD);
    }

    private ImportPlan plan(Caller caller, Upload sheet, Upload document) {
        List<ImportProblem> fileProblems = new ArrayList<>();
        checkDocument(document, fileProblems);
        ImportPlan plan = null;
        try {
            if (sheet == null || sheet.content() == null || sheet.content().length == 0) {
                throw new InvalidInputException(SHEET, Messages.text("agreement.AgreementImports.chooseSheet"));
            }
            if (sheet.content().length > MAX_BYTES) {
                throw new InvalidInputException(SHEET, tooLarge());
            }
            Format format = Format.of(sheet.fileName());
            ImportValidation validation = validation();
            plan = format == Format.CSV
                    ? validation.csv(SpreadsheetCells.readCsv(sheet.content(), ImportValidation.MAX_FLOWS + 1,
                            ImportValidation.flowsSheet(), SHEET), caller.organisationId())
                    : validation.workbook(SpreadsheetCells.readXlsx(sheet.content(), ImportValidation.MAX_FLOWS + 1, SHEET),
                            caller.organisationId());
        } catch (ImportRejectedException e) {
            fileProblems.addAll(e.problems());
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> fileProblems.add(new ImportProblem(sheet == null ? SHEET : sheet.fileName(), 0, null,
                    SHEET, error.message())));
        }
        if (!fileProblems.isEmpty()) {
            throw new ImportRejectedException(fileProblems);
        }
        return plan;
    }

    private static void checkDocument(Upload document, List<ImportProblem> problems) {
        String name = document == null ? DOCUMENT : document.fileName();
        if (document == null || document.content() == null || document.content().length == 0) {
            problems.add(new ImportProblem(name, 0, null, DOCUMENT, Messages.text("agreement.AgreementImports.chooseDocument")));
        } else if (document.content().length > MAX_BYTES) {
            problems.add(new ImportProblem(name, 0, null, DOCUMENT, tooLarge()));
        } else if (!isPdf(document.content())) {
            problems.add(new ImportProblem(name, 0, null, DOCUMENT, Messages.text("agreement.AgreementImports.notAPdf")));
        }
    }

    /** A PDF starts with its header and ends with its end-of-file marker (within the last kilobyte). */
    static boolean isPdf(byte[] content) {
        if (content.length < 16 || !new String(content, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return false;
        }
        int from = Math.max(0, content.length - 1024);
        return new String(content, from, content.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }

    public static String tooLarge() {
        return Messages.text("agreement.AgreementImports.tooLarge", MAX_BYTES / (1024 * 1024));
    }

    private ImportValidation validation() {
        List<OrganisationData> active = activeOrganisations();
        return new ImportValidation(new ImportVocabulary(catalogue.current(), active, LocalDate.now(clock)), active,
                compliance::evaluate);
    }

    private ImportVocabulary vocabulary() {
        return new ImportVocabulary(catalogue.current(), activeOrganisations(), LocalDate.now(clock));
    }

    private List<OrganisationData> activeOrganisations() {
        return organisations.search("", false).stream().filter(OrganisationData::active).toList();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
