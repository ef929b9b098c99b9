package org.bulletinpipeline.query.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import org.bulletinpipeline.access.Roles;
import org.bulletinpipeline.query.service.DeadLetterAdmin;
import org.bulletinpipeline.query.view.DeadLetterViews.DeadLetterDetail;
import org.bulletinpipeline.query.view.DeadLetterViews.DeadLetterFilter;
import org.bulletinpipeline.query.view.DeadLetterViews.DeadLetterPage;
import org.bulletinpipeline.query.view.DeadLetterViews.RetryAccepted;

/** Operators' view of {@code bulletins.dlq}: every letter stored, and a way to send one back after a fix. */
@Path("/api/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer")
@SecurityScheme(securitySchemeName = "adminKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        apiKeyName = "X-Admin-Key")
@SecurityRequirement(name = "apiKey")
@SecurityRequirement(name = "adminKey")
@APIResponse(responseCode = "401", description = "No or unknown key (Authorization: Bearer, or X-Admin-Key)")
@APIResponse(responseCode = "403", description = "The key is not an admin's")
@APIResponse(responseCode = "503", description = "(retry) the broker did not acknowledge")
public class DeadLetterResource {

    private final DeadLetterAdmin admin;

    public DeadLetterResource(DeadLetterAdmin admin) {
        this.admin = admin;
    }

    @GET
    @Operation(summary = "Dead letters, newest first, optionally of one service, source topic, bulletin or key")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "a bulletin nlp-service could not extract", value = """
            {"items":[{"id":42,"bulletinId":"b825825c6756efef","key":"b825825c6756efef","service":"nlp-service",
            "sourceTopic":"bulletins.raw","reason":"extraction failed: IllegalStateException",
            "failedAt":"2022-05-17T08:00:01Z","receivedAt":"2022-05-17T08:00:01.2Z","retryCount":0,
            "lastRetriedAt":null}],"nextBefore":null}""")))
    @APIResponse(responseCode = "400", description = "limit not 1–200, or before not a letter id")
    public DeadLetterPage list(@QueryParam("service") @Parameter(example = "nlp-service") String service,
                               @QueryParam("sourceTopic") @Parameter(example = "bulletins.raw") String sourceTopic,
                               @QueryParam("bulletinId") @Parameter(example = "b825825c6756efef") String bulletinId,
                               @QueryParam("key") @Parameter(description = "the letter's record key; the handle on "
                                       + "an unreadable letter") String key,
                               @QueryParam("before") @Parameter(description = "the previous page's nextBefore",
                                       example = "42") String before,
                               @QueryParam("limit") @Parameter(description = "1–200, default 50", example = "50")
                               String limit) {
        return admin.list(new DeadLetterFilter(blankToNull(service), blankToNull(sourceTopic),
                blankToNull(bulletinId), blankToNull(key)), before, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One dead letter with its payload and where it was read")
    @APIResponse(responseCode = "404", description = "No such letter")
    public DeadLetterDetail letter(@PathParam("id") @Parameter(example = "42") long id) {
        return admin.letter(id);
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Publish the letter's payload to its source topic again, after the broker's ack",
            description = "Only letters from bulletins.raw or articles.extracted, and only a payload the consumers "
                    + "of that topic read (a bulletin's source as ingest accepts it); the key is the letter's "
                    + "bulletin id (else its record key). The consumers are idempotent, so a repeat changes nothing.")
    @APIResponse(responseCode = "202", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "sent back", value = """
            {"id":42,"topic":"bulletins.raw","retriedAt":"2022-05-17T09:12:44Z","retryCount":1}""")))
    @APIResponse(responseCode = "404", description = "No such letter")
    @APIResponse(responseCode = "409", description = "The letter's source topic is not one a retry may write, or it "
            + "has no payload")
    @APIResponse(responseCode = "422", description = "The payload would be refused again (a NUL or control "
            + "character in the source, a date out of range, not the topic's event): nothing is published")
    public Response retry(@PathParam("id") @Parameter(example = "42") long id) {
        RetryAccepted retried = admin.retry(id);
        return Response.accepted(retried).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
