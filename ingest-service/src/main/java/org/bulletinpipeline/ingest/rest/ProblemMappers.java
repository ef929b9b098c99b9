package org.bulletinpipeline.ingest.rest;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JacksonException;

import org.bulletinpipeline.ingest.service.BrokerUnavailableException;
import org.bulletinpipeline.ingest.service.IngestConfig;
import org.bulletinpipeline.ingest.service.InvalidBulletinException;
import org.bulletinpipeline.ingest.service.OverloadedException;
import org.bulletinpipeline.ingest.service.UnknownBulletinException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as application/problem+json with a stable type; nothing is published on any of them. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final IngestConfig config;

    public ProblemMappers(IngestConfig config) {
        this.config = config;
    }

    @ServerExceptionMapper
    public Response invalid(InvalidBulletinException e) {
        return Problem.builder(e.status(), e.problemType(), "Bulletin refused", e.getMessage(), e.field()).build();
    }

    @ServerExceptionMapper
    public Response brokerUnavailable(BrokerUnavailableException e) {
        LOG.warn(e.getMessage());
        return Problem.builder(503, "broker-unavailable", "Not accepted, try again later",
                        "The message broker did not confirm the write; nothing was accepted.")
                .header("Retry-After", config.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response overloaded(OverloadedException e) {
        return Problem.builder(503, e.problemType(), "Not accepted, try again shortly", e.getMessage())
                .header("Retry-After", config.overloadRetryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response unknown(UnknownBulletinException e) {
        return Problem.builder(404, "unknown-bulletin", "Unknown bulletin", e.getMessage()).build();
    }

    @ServerExceptionMapper
    public Response malformedJson(JacksonException e) {
        return Problem.builder(400, "malformed-request", "Malformed JSON",
                "The body is not a JSON object {\"text\", \"source\"}: " + e.getOriginalMessage()).build();
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e) {
        return Problem.builder(415, "unsupported-media-type", "Unsupported media type",
                "Send text/plain, application/json, application/x-ndjson, multipart/form-data, "
                        + "RSS or Atom, NITF, NewsML-G2 or ninjs.").build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String type = switch (status) {
            case 400 -> "malformed-request";
            case 413 -> "request-too-large";
            default -> "http-" + status;
        };
        return Problem.builder(status, type, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage())
                .build();
    }
}
