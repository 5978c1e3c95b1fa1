package org.concordat.processing.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.concordat.processing.application.RecordOfProcessing;
import org.concordat.processing.domain.RecordFilter;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.concordat.processing.application.ProcessingRecord;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An organisation's record of processing (UK GDPR Article 30, DPA 2018 Schedule 1 paragraph 41): the processing it
 * takes part in through agreements in force today. As JSON (the default), CSV or an Excel workbook, chosen by
 * {@code ?format=json|csv|xlsx} or, without it, by the Accept header; filtered by Article 6 basis and Article 9
 * condition (catalogue codes). A bad filter or format is a 400 problem, whatever the format asked for.
 */
@Path("/v1/organisations/{id}/record-of-processing")
@Tag(name = "Record of processing")
public class RecordOfProcessingResource {

    /** The media type of an Office Open XML workbook (.xlsx). */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String CSV = "text/csv";

    @Inject
    RecordOfProcessing records;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @Operation(summary = "The organisation's record of processing (IG_LEAD or DPO of the organisation, or ADMIN): "
            + "lawfulBasis (an Article 6 code such as A6-1-e) and article9Condition (an Article 9 code such as A9-2-g) "
            + "filter it; format=json, csv or xlsx (else the Accept header) chooses the form")
    @APIResponse(responseCode = "200", description = "The record: as JSON, or the activities as CSV, or a workbook with the"
            + " activities, the Schedule 1 paragraph 41 record and the controller", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProcessingRecord.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A filter the catalogue does not hold, or a format other than json, csv, xlsx")
    @APIResponse(responseCode = "403", description = "Not the organisation's IG lead or DPO, nor an administrator")
    public Response record(@PathParam("id") long id, @QueryParam("lawfulBasis") String lawfulBasis,
                           @QueryParam("article9Condition") String article9Condition,
                           @QueryParam("format") String format, @Context HttpHeaders headers) {
        RecordFilter filter = new RecordFilter(lawfulBasis, article9Condition);
        String chosen = format(format, headers == null ? List.of() : headers.getAcceptableMediaTypes().stream()
                .map(t -> t.getType() + "/" + t.getSubtype()).toList());
        String name = "record-of-processing-" + id;
        return switch (chosen) {
            case "csv" -> Response.ok(records.csv(id, filter), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
            case "xlsx" -> Response.ok(records.xlsx(id, filter), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
            default -> Response.ok(records.record(id, filter), MediaType.APPLICATION_JSON).build();
        };
    }

    /**
     * json, csv or xlsx: as asked by ?format, else the first of them the Accept header's types (type/subtype, most
     * wanted first) takes; JSON for a wildcard or nothing.
     */
    static String format(String format, List<String> accepted) {
        if (format != null && !format.isBlank()) {
            String asked = format.trim().toLowerCase(Locale.ROOT);
            if (!List.of("json", "csv", "xlsx").contains(asked)) {
                throw new InvalidInputException("format",
                        Messages.text("processing.RecordOfProcessingResource.formatIsJsonCsvOrXlsx"));
            }
            return asked;
        }
        for (String type : accepted) {
            String t = type.toLowerCase(Locale.ROOT);
            if (t.equals("*/*") || t.equals("application/*") || t.equals(MediaType.APPLICATION_JSON)) {
                return "json";
            }
            if (t.equals("text/*") || t.equals(CSV)) {
                return "csv";
            }
            if (t.equals(XLSX)) {
                return "xlsx";
            }
        }
        return "json";
    }
}
