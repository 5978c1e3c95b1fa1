package org.concordat.agreement.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.application.AgreementCopyImport;
import org.concordat.agreement.application.AgreementImports;
import org.concordat.agreement.application.ImportPlan;
import org.concordat.shared.api.Problem;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Agreements signed outside Concordat, brought in (issue 20, part 3): the templates, the import itself (the filled
 * template and the signed PDF as a form; with {@code dryRun=true} only checked), the parties' confirmations and the
 * kept PDF. A file with any problem answers 400 with every problem in the problem's errors, each named after its cell
 * ({@code Flows!E7}), and stores nothing.
 */
@Path("/v1/agreements/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements")
public class ImportResource {

    @Inject
    AgreementImports imports;

    @Inject
    Clock clock;

    /** What an import would create (dry run): the agreement, its parties and its flows in words. */
    public record ImportPlanJson(String originalReference, String title, LocalDate effectiveDate, LocalDate reviewDate,
                           LocalDate endDate, List<String> parties, List<PlannedFlowJson> flows, List<String> notes) {
        static ImportPlanJson of(ImportPlan plan) {
            return new ImportPlanJson(plan.originalReference(), plan.details().title(), plan.details().effectiveDate(),
                    plan.details().reviewDate(), plan.details().endDate(), plan.partyNames(), plan.flows().stream()
                    .map(f -> new PlannedFlowJson(f.row(), f.from(), f.to(), f.purpose(), f.dataSubjects(), f.dataCategories()))
                    .toList(), plan.notes());
        }
    }

    /** A flow to be created, with the row of the file it came from. */
    public record PlannedFlowJson(int row, String from, String to, String purpose, String dataSubjects, String dataCategories) {
    }

    @GET
    @Path("/templates/{format}")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "The template to fill in (IG_LEAD): xlsx (drop-down lists of the partnership's organisations and"
            + " the catalogue's entries) or csv (the same columns as one header)")
    @APIResponse(responseCode = "200", description = "The template, as a download",
            content = {@Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "Neither xlsx nor csv")
    public Response template(@PathParam("format") String format) {
        AgreementImports.Format wanted = switch (format == null ? "" : format.toLowerCase(Locale.ROOT)) {
            case "xlsx" -> AgreementImports.Format.XLSX;
            case "csv" -> AgreementImports.Format.CSV;
            default -> throw new NotFoundException(Messages.text("agreement.ImportResource.noSuchTemplate", format));
        };
        AgreementImports.Template template = imports.template(wanted);
        return Response.ok(template.content(), template.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + template.fileName() + "\"")
                .header("Cache-Control", "private, no-store").build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import an agreement signed outside Concordat (IG_LEAD): the filled template as the \"sheet\""
            + " part (.xlsx or .csv) and the signed agreement as the \"document\" part (one PDF), each at most 10 MB."
            + " Checked whole; nothing is stored unless every row passes. With dryRun=true, only checked.")
    @APIResponse(responseCode = "201", description = "Created: the approved version (origin imported), which route"
            + " checks count once every party has confirmed it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementJson.class)))
    @APIResponse(responseCode = "200", description = "dryRun=true: what the import would create",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportPlanJson.class)))
    @APIResponse(responseCode = "400", description = "The files have problems: every one in the problem's errors, named"
            + " after its cell (Flows!E7) with sheet, row, column and what to do")
    @APIResponse(responseCode = "403", description = "The caller is not an IG lead")
    @APIResponse(responseCode = "413", description = "A file is larger than 10 MB")
    public Response importAgreement(List<EntityPart> parts, @QueryParam("dryRun") boolean dryRun) throws IOException {
        AgreementImports.Upload sheet = null;
        AgreementImports.Upload document = null;
        for (EntityPart part : parts) {
            if (AgreementImports.SHEET.equals(part.getName())) {
                sheet = read(part);
            } else if (AgreementImports.DOCUMENT.equals(part.getName())) {
                document = read(part);
            }
            if (sheet != null && sheet.content().length > AgreementImports.MAX_BYTES
                    || document != null && document.content().length > AgreementImports.MAX_BYTES) {
                return Problem.of("too-large", Messages.text("agreement.ImportResource.fileTooLarge"), 413,
                        AgreementImports.tooLarge()).toResponse();
            }
        }
        if (dryRun) {
            return Response.ok(ImportPlanJson.of(imports.check(sheet, document))).build();
        }
        AgreementData created = imports.importAgreement(sheet, document);
        return Response.created(URI.create("/api/v1/agreements/" + created.agreementId()))
                .entity(new AgreementJson(created, LocalDate.now(clock))).build();
    }

    /**
     * An import through the API as the machine-readable copy every Concordat PDF carries: the copy itself, and the
     * signed PDF in Base64.
     */
    public record CopyImportJson(AgreementCopyImport.CopiedAgreement agreement, String documentFileName, String document) {
    }

    private static final Jsonb JSON = JsonbBuilder.create();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import an agreement as the machine-readable copy a Concordat PDF carries (format"
            + " concordat.agreement-version/1, e.g. from another installation), with the signed PDF in Base64 (IG_LEAD):"
            + " organisations are matched by name, codes against the catalogue, and every flow checked as a file's rows"
            + " are; a problem names the copy's field (flows[3].dataCategories). With dryRun=true, only checked.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CopyImportJson.class)))
    @APIResponse(responseCode = "201", description = "Created: the approved version (origin imported)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementJson.class)))
    @APIResponse(responseCode = "200", description = "dryRun=true: what the import would create",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportPlanJson.class)))
    @APIResponse(responseCode = "400", description = "Every problem in the problem's errors, named after the copy's field")
    public Response importCopy(String body, @QueryParam("dryRun") boolean dryRun) {
        CopyImportJson input;
        try {
            input = body == null || body.isBlank() ? null : JSON.fromJson(body, CopyImportJson.class);
        } catch (JsonbException e) {
            input = null;
        }
        if (input == null) {
            throw new InvalidInputException("agreement", Messages.text("agreement.ImportResource.notJson"));
        }
        byte[] pdf;
        try {
            pdf = input.document() == null ? new byte[0] : Base64.getMimeDecoder().decode(input.document());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(AgreementImports.DOCUMENT, Messages.text("agreement.ImportResource.notJson"));
        }
        AgreementImports.Upload document = new AgreementImports.Upload(input.documentFileName(), pdf);
        if (dryRun) {
            return Response.ok(ImportPlanJson.of(imports.checkCopy(input.agreement(), document))).build();
        }
        AgreementData created = imports.importCopy(input.agreement(), new AgreementImports.Upload("agreement-version.json",
                body.getBytes(StandardCharsets.UTF_8)), document);
        return Response.created(URI.create("/api/v1/agreements/" + created.agreementId()))
                .entity(new AgreementJson(created, LocalDate.now(clock))).build();
    }

    /** Any other body: 415 with what this endpoint wants. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response notAForm() {
        return Problem.of("http-415", Messages.text("agreement.ImportResource.unsupportedMediaType"), 415,
                Messages.text("agreement.ImportResource.sendAForm")).toResponse();
    }

    @GET
    @Path("/{versionId}")
    @Operation(summary = "The import behind a version: who imported it and when, the files' SHA-256, and which parties"
            + " have confirmed it (404 when the version was not imported, or the caller may not see it)")
    public AgreementImports.ImportStatus status(@PathParam("versionId") long versionId) {
        return imports.status(versionId).orElseThrow(() -> new NotFoundException(
                Messages.text("agreement.ImportResource.notImported", versionId)));
    }

    @POST
    @Path("/{versionId}/confirmations")
    @Operation(summary = "Confirm, for the caller's organisation, that the imported version is the agreement it signed"
            + " (IG_LEAD or SIGNATORY of a party); route checks count it once every party has")
    @APIResponse(responseCode = "201", description = "Confirmed: the import's status now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AgreementImports.ImportStatus.class)))
    @APIResponse(responseCode = "400", description = "Not an imported version, or already confirmed by the organisation")
    @APIResponse(responseCode = "403", description = "The caller is neither an IG lead nor a signatory of a party")
    @APIResponse(responseCode = "404", description = "No such version, or one the caller may not see")
    public Response confirm(@PathParam("versionId") long versionId) {
        return Response.status(201).entity(imports.confirm(versionId)).build();
    }

    @GET
    @Path("/{versionId}/document.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The signed PDF kept with an imported version, as it was uploaded")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response document(@PathParam("versionId") long versionId) {
        AgreementImports.Template pdf = imports.document(versionId);
        return Response.ok(pdf.content(), "application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + safe(pdf.fileName()) + "\"")
                .header("Cache-Control", "private, no-store").build();
    }

    private static AgreementImports.Upload read(EntityPart part) throws IOException {
        try (InputStream in = part.getContent()) {
            return new AgreementImports.Upload(part.getFileName().orElse(null), in.readNBytes(AgreementImports.MAX_BYTES + 1));
        }
    }

    /** A file name safe in a Content-Disposition header. */
    static String safe(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[^A-Za-z0-9._ -]", "_");
        return cleaned.isBlank() ? "agreement.pdf" : cleaned;
    }
}
