package org.bulletinpipeline.query.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import org.bulletinpipeline.query.admission.TooManyException;
import org.bulletinpipeline.query.search.BadQueryException;
import org.bulletinpipeline.query.search.SearchBusyException;
import org.bulletinpipeline.query.search.SearchTimeoutException;
import org.bulletinpipeline.query.service.BrokerUnavailableException;
import org.bulletinpipeline.query.service.DeadLetterNotRetryableException;
import org.bulletinpipeline.query.service.InvalidLetterPayloadException;

/** Every error leaves as application/problem+json with a stable type. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response badQuery(BadQueryException e) {
        return Problem.response(400, e.problemType(), "Bad query parameter", e.getMessage());
    }

    @ServerExceptionMapper
    public Response notRetryable(DeadLetterNotRetryableException e) {
        return Problem.response(409, "not-retryable", "Dead letter cannot be sent back", e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalidPayload(InvalidLetterPayloadException e) {
        return Problem.response(422, "invalid-payload", "Dead letter's payload would be refused again",
                e.getMessage());
    }

    @ServerExceptionMapper
    public Response brokerUnavailable(BrokerUnavailableException e) {
        Response problem = Problem.response(503, "broker-unavailable", "Broker unavailable", e.getMessage());
        return Response.fromResponse(problem).header("Retry-After", 5).build();
    }

    @ServerExceptionMapper
    public Response searchBusy(SearchBusyException e) {
        Response problem = Problem.response(503, "search-busy", "Search busy", e.getMessage());
        return Response.fromResponse(problem).header("Retry-After", 1).build();
    }

    @ServerExceptionMapper
    public Response tooMany(TooManyException e) {
        Response problem = Problem.response(429, e.problemType(), "Too many at once", e.getMessage());
        return Response.fromResponse(problem).header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response searchTimedOut(SearchTimeoutException e) {
        Response problem = Problem.response(503, "search-timeout", "Search took too long", e.getMessage());
        return Response.fromResponse(problem).header("Retry-After", 5).build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Problem.response(404, "not-found", "Not found", e.getMessage());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return Problem.response(status, status == 400 ? "malformed-request" : "http-" + status,
                e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage());
    }
}
