package org.concordat.template.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.concordat.shared.api.Inputs;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Messages;
import org.concordat.template.application.TemplateLibrary;
import org.concordat.template.application.TemplateSummary;
import org.concordat.template.application.TemplateVersionData;
import org.concordat.template.domain.TemplateContent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The template library: read, copy to the caller's organisation, edit a draft, publish. */
@Path("/v1/templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Templates")
public class TemplateResource {

    @Inject
    TemplateLibrary library;

    public record DraftInput(Long lockVersion, TemplateContent content) {
    }

    public record PublicationInput(Long lockVersion) {
    }

    @GET
    @Operation(summary = "Built-in templates and the caller's organisation's, with their versions")
    public List<TemplateSummary> list() {
        return library.list();
    }

    @GET
    @Path("/versions/{id}")
    @Operation(summary = "One template version: sections, guidance, fields (and for a DPIA, screening and risk matrix)")
    public TemplateVersionData version(@PathParam("id") long id) {
        return library.version(id);
    }

    @POST
    @Path("/versions/{id}/copies")
    @Operation(summary = "Copy a published version into a new template of the caller's organisation, as a draft (IG_LEAD)")
    public Response copy(@PathParam("id") long id) {
        return Response.status(201).entity(library.cloneToMyOrganisation(id)).build();
    }

    @POST
    @Path("/{templateId}/versions")
    @Operation(summary = "Start the next version of the organisation's template from its latest published one (IG_LEAD)")
    public Response newVersion(@PathParam("templateId") long templateId) {
        return Response.status(201).entity(library.startNewVersion(templateId)).build();
    }

    @PUT
    @Path("/versions/{id}")
    @Operation(summary = "Save a draft version (IG_LEAD of the owner). Published versions are never edited.")
    public TemplateVersionData save(@PathParam("id") long id, DraftInput input) {
        if (Inputs.required(input).content() == null) {
            throw new InvalidInputException("content", Messages.text("template.TemplateResource.sendTheWholeContentOf"));
        }
        return library.saveDraft(id, Inputs.version("lockVersion", input.lockVersion()), input.content());
    }

    @POST
    @Path("/versions/{id}/publication")
    @Operation(summary = "Publish a draft version (IG_LEAD of the owner); it never changes afterwards")
    public TemplateVersionData publish(@PathParam("id") long id, PublicationInput input) {
        return library.publish(id, Inputs.version("lockVersion", Inputs.required(input).lockVersion()));
    }
}
