package org.bulletinpipeline.query.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.bulletinpipeline.query.service.BadQueryException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as application/problem+json with a stable type. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response badQuery(BadQueryException e) {
        return Problem.response(400, e.problemType(), "Bad query parameter", e.getMessage());
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
