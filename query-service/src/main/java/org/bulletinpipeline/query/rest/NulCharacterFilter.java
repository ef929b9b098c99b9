package org.bulletinpipeline.query.rest;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A NUL (%00) in the path or a query parameter is answered 400 before anything reads it. PostgreSQL refuses the
 * character in text ("invalid byte sequence for encoding UTF8: 0x00"), so {@code /api/bulletins/%00/text} or
 * {@code q=%00疫情} would otherwise end as a 500; no id, name, word, date or cursor of this API holds one.
 */
public class NulCharacterFilter {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseNul(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        boolean nul = uri.getPath().indexOf('\u0000') >= 0 || uri.getQueryParameters().values().stream()
                .flatMap(List::stream).anyMatch(value -> value.indexOf('\u0000') >= 0);
        if (!nul) {
            return Optional.empty();
        }
        return Optional.of(Problem.response(400, "malformed-request", "Bad Request",
                "The path or a query parameter holds a NUL character (%00)."));
    }
}
