package org.bulletinpipeline.ingest.rest;

import java.io.IOException;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JacksonException;

import org.bulletinpipeline.ingest.messaging.BrokerUnavailableException;
import org.bulletinpipeline.ingest.refusal.InvalidBulletinException;
import org.bulletinpipeline.ingest.service.IngestConfig;
import org.bulletinpipeline.ingest.service.OverloadedException;
import org.bulletinpipeline.ingest.service.UnknownBulletinException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.MultiPartParserDefinition;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;

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

    /**
     * The form decoder reads a whole multipart body before the resource runs. A body that stops before its closing
     * delimiter ("--XYZ\r\n...\r\n--XYZ\r\n" with no "--XYZ--"), never shows its boundary, or is cut inside a
     * part's headers ends the decoder with a plain IOException; only those thrown by the decoder itself are the
     * client's fault, any other IOException is a server error and is logged as one.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e) {
        if (e instanceof MultiPartParserDefinition.FileTooLargeException) {
            return Problem.builder(413, "request-too-large", "Request too large", e.getMessage()).build();
        }
        if (thrownByFormDecoder(e)) {
            return malformedMultipart(e.getMessage());
        }
        LOG.error("request failed reading its body", e);
        return Problem.builder(500, "internal-error", "Internal error",
                "The request could not be read; nothing was accepted.").build();
    }

    /** A part header line that is not "Name: value", e.g. "Content-Disposition form-data" without its colon. */
    @ServerExceptionMapper
    public Response malformedPartHeader(MultipartParser.MalformedMessageException e) {
        return malformedMultipart("A part header is not a \"Name: value\" line");
    }

    private static Response malformedMultipart(String cause) {
        return Problem.builder(400, "malformed-multipart", "Malformed multipart body",
                cause + ". Send multipart/form-data with a boundary parameter, each part starting with --boundary "
                        + "and its Content-Disposition header, and the body ending with --boundary--.").build();
    }

    private static boolean thrownByFormDecoder(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith(MultipartParser.class.getPackageName() + ".");
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
