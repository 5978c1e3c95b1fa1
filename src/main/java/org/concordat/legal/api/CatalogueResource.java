package org.concordat.legal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.concordat.legal.application.LegalCatalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.shared.domain.Messages;
import org.concordat.shared.domain.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The legal catalogue, read-only: what each code means, its citation, and when it applies. */
@Path("/v1/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Legal catalogue")
public class CatalogueResource {

    @Inject
    LegalCatalogue catalogue;

    public record CatalogueJson(String version, String title, List<String> topics, int entries) {
    }

    public record EntryJson(String topic, String code, String title, String summary, String citation,
                            LocalDate appliesFrom, LocalDate appliesUntil, Set<String> jurisdictions,
                            Set<String> flags, List<String> requiresOneOf, Integer part, Integer paragraph,
                            String kind, List<String> sectors, String replacedBy) {
        static EntryJson of(CatalogueEntry e) {
            return new EntryJson(e.topic().id(), e.code(), e.title(), e.summary(), e.citation(), e.appliesFrom(),
                    e.appliesUntil(), e.jurisdictions(), e.flags(), e.requiresOneOf(), e.part(), e.paragraph(),
                    e.kind(), e.sectors(), e.replacedBy());
        }
    }

    @GET
    @Operation(summary = "The catalogue's version, title and topics")
    public CatalogueJson about() {
        var current = catalogue.forReader();
        return new CatalogueJson(current.version(), current.title(), catalogue.topicIds(), current.size());
    }

    @GET
    @Path("/entries")
    @Operation(summary = "Entries, optionally of one topic and containing every word of q")
    public List<EntryJson> entries(@QueryParam("topic") String topic, @QueryParam("q") String text) {
        return catalogue.search(text, topic).stream().map(EntryJson::of).toList();
    }

    @GET
    @Path("/entries/{code}")
    @Operation(summary = "One entry by its code, e.g. A9-2-g")
    public EntryJson entry(@PathParam("code") String code) {
        return catalogue.entry(code).map(EntryJson::of).orElseThrow(() -> new NotFoundException(Messages.text("legal.CatalogueResource.catalogueEntry", code)));
    }
}
