package org.bulletinpipeline.nlp.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.bulletinpipeline.nlp.service.BulletinIds;
import org.bulletinpipeline.nlp.service.ExtractionService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Synchronous extraction, no Kafka involved: what quality evaluation and editors' previews call. */
@Path("/api/extract")
@Produces(MediaType.APPLICATION_JSON)
public class ExtractResource {

    private final ExtractionService extraction;

    public ExtractResource(ExtractionService extraction) {
        this.extraction = extraction;
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Extract the articles of a bulletin given as plain text")
    public Response extractText(String text) {
        return extract(new ExtractRequest(text, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract the articles of a bulletin given as {text, source}; source.publishedOn anchors bare dates")
    public Response extract(ExtractRequest request) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            return Problem.response(400, "empty-bulletin", "Empty bulletin", "The bulletin text is empty or blank.");
        }
        return Response.ok(extraction.extract(BulletinIds.of(request.text()), request.text(), request.source())).build();
    }
}
