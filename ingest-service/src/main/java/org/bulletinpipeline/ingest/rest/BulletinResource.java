package org.bulletinpipeline.ingest.rest;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.common.annotation.Blocking;

import org.bulletinpipeline.ingest.event.BulletinSource;
import org.bulletinpipeline.ingest.service.IngestConfig;
import org.bulletinpipeline.ingest.service.IngestService;
import org.bulletinpipeline.ingest.service.IngestService.IngestResult;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The front door for newsroom feeds: a bulletin in, 202 once Kafka holds it. */
@Path("/api/bulletins")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class BulletinResource {

    private static final String DEV_FEED = "anonymous";

    private final IngestService ingest;
    private final IngestConfig config;

    public BulletinResource(IngestService ingest, IngestConfig config) {
        this.ingest = ingest;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Submit one bulletin as plain text")
    public Response submitText(String text) {
        return answer(ingest.ingest(text, new BulletinSource(DEV_FEED, null, null, null, null, null)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit one bulletin as {text, source}")
    public Response submitJson(IngestRequest request) {
        BulletinSource source = request == null || request.source() == null
                ? new BulletinSource(null, null, null, null, null, null) : request.source();
        return answer(ingest.ingest(request == null ? null : request.text(), source.withFeed(DEV_FEED)));
    }

    private Response answer(IngestResult result) {
        Map<String, String> links = Map.of("bulletin", config.queryBaseUrl() + "/api/bulletins/" + result.bulletinId());
        return Response.status(result.duplicate() ? 200 : 202)
                .entity(new IngestResponse(result.bulletinId(), result.duplicate(), links)).build();
    }
}
