package org.concordat.document.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.concordat.document.render.application.LinkedDataFormat;
import org.concordat.shared.api.PublicApi;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The published files of the linked-data format: the JSON-LD context each document names, its JSON Schema and the
 * vocabulary note. Public (a reader of a document may have no account) and cacheable: a format version never changes.
 */
@Path("/v1/formats/agreement-ld/1/{file}")
@PublicApi
@Tag(name = "Documents")
public class LinkedDataFormatResource {

    @Inject
    LinkedDataFormat format;

    @Context
    Request request;

    @GET
    @Produces({"application/ld+json", "application/schema+json", "text/markdown"})
    @Operation(summary = "A file of format concordat.agreement-version-ld/1: context.jsonld, schema.json or vocabulary.md")
    @APIResponse(responseCode = "200", description = "The file, cacheable for a day")
    @APIResponse(responseCode = "304", description = "The copy the caller holds is current")
    @APIResponse(responseCode = "404", description = "The format publishes no file of that name")
    public Response file(@PathParam("file") String name) {
        LinkedDataFormat.FormatFile file = format.file(name).orElseThrow(() -> new NotFoundException(
                Messages.text("document.LinkedDataFormat.noSuchFile", name)));
        EntityTag tag = new EntityTag(file.etag());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = unchanged != null ? unchanged
                : Response.ok(file.content(), file.mediaType());
        return response.tag(tag)
                .header("Cache-Control", "public, max-age=86400")
                .header("Access-Control-Allow-Origin", "*")
                .build();
    }
}
