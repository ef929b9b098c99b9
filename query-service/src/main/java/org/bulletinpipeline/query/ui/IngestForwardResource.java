package org.bulletinpipeline.query.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.bulletinpipeline.query.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

/**
 * Passes a bulletin from the Submit view to ingest-service unchanged (bytes, content type, API key) and hands back
 * its answer. Going through the page's own origin means ingest-service needs no CORS rule and the browser never
 * talks to a second port, which a reverse proxy in front of the dashboard might not expose. Open to all: the key it
 * carries is a feed's, which ingest-service checks; this service neither knows nor needs it.
 */
@DashboardHelper
@Path("/ui/api/bulletins")
@PermitAll
public class IngestForwardResource {

    private static final Logger LOG = Logger.getLogger(IngestForwardResource.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final DashboardConfig config;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public IngestForwardResource(DashboardConfig config) {
        this.config = config;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Forward a bulletin to ingest-service's POST /api/bulletins with the caller's API key")
    public CompletionStage<Response> forward(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                             @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.ingestUrl() + "/api/bulletins"))
                .timeout(TIMEOUT)
                .header(HttpHeaders.CONTENT_TYPE, contentType == null ? MediaType.TEXT_PLAIN : contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null && !authorization.isBlank()) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(answer -> {
                    Response.ResponseBuilder relayed = Response.status(answer.statusCode())
                            .type(answer.headers().firstValue(HttpHeaders.CONTENT_TYPE)
                                    .orElse(MediaType.APPLICATION_JSON))
                            .entity(answer.body());
                    // a 503 from ingest says when to try again; the page shows it to the person submitting
                    answer.headers().firstValue(HttpHeaders.RETRY_AFTER).ifPresent(v -> relayed.header(HttpHeaders.RETRY_AFTER, v));
                    return relayed.build();
                })
                .exceptionally(e -> {
                    LOG.warnf("ingest-service at %s did not answer: %s", config.ingestUrl(), e.getMessage());
                    return Problem.response(502, "ingest-unreachable", "ingest-service unreachable",
                            "ingest-service at " + config.ingestUrl() + " did not answer: " + e.getMessage());
                });
    }
}
