package org.bulletinpipeline.nlp.rest;

import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.bulletinpipeline.access.Roles;
import org.bulletinpipeline.contracts.BulletinIds;
import org.bulletinpipeline.nlp.service.ExtractLimits;
import org.bulletinpipeline.nlp.service.ExtractionService;
import org.bulletinpipeline.nlp.service.ExtractionSlots;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Synchronous extraction, no Kafka involved: what quality evaluation and editors' previews call, with a feed's (or an
 * admin's) key. Bounded in size and in how many run at once, since each holds a core for as long as it takes.
 */
@Path("/api/extract")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FEED, Roles.ADMIN})
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer")
@SecurityRequirement(name = "apiKey")
@APIResponse(responseCode = "401", description = "No or unknown key")
@APIResponse(responseCode = "403", description = "The key is neither a feed's nor an admin's")
@APIResponse(responseCode = "413", description = "Text over nlp.extract.max-size")
@APIResponse(responseCode = "429", description = "As many extractions as nlp.extract.max-concurrent run already; see Retry-After")
public class ExtractResource {

    private final ExtractionService extraction;
    private final ExtractionSlots slots;
    private final ExtractLimits limits;

    public ExtractResource(ExtractionService extraction, ExtractionSlots slots, ExtractLimits limits) {
        this.extraction = extraction;
        this.slots = slots;
        this.limits = limits;
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
        String text = request.text();
        long size = text.getBytes(StandardCharsets.UTF_8).length;
        if (size > limits.maxSize().asLongValue()) {
            return Problem.response(413, "bulletin-too-large", "Bulletin too large", "The text is " + size
                    + " bytes in UTF-8; at most " + limits.maxSize().asLongValue() + " are extracted on request.");
        }
        return slots.tryRun(() -> extraction.extract(BulletinIds.of(text), text, request.source()))
                .map(result -> Response.ok(result).build())
                .orElseGet(() -> Response.fromResponse(Problem.response(429, "too-many-extractions",
                                "Too many extractions at once", "Extractions run on request at once are limited to "
                                        + limits.maxConcurrent() + "; try again after the Retry-After delay."))
                        .header(HttpHeaders.RETRY_AFTER, limits.retryAfterSeconds()).build());
    }
}
