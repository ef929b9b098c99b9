package org.bulletinpipeline.ingest.auth;

import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.bulletinpipeline.ingest.rest.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every {@code /api/} request carries {@code Authorization: Bearer <key>}; without a known key it ends here with 401,
 * before its body is read, so nothing can be published. Runs before resource matching.
 */
public class ApiKeyFilter {

    private static final String BEARER = "bearer ";

    private final ApiKeys keys;
    private final CurrentCaller current;

    public ApiKeyFilter(ApiKeys keys, CurrentCaller current) {
        this.keys = keys;
        this.current = current;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> authenticate(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return Optional.empty();
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(unauthorized("Send the feed's API key as 'Authorization: Bearer <key>'."));
        }
        Optional<Caller> caller = keys.authenticate(header.substring(BEARER.length()).strip());
        if (caller.isEmpty()) {
            return Optional.of(unauthorized("The API key is not known (revoked, rotated or mistyped)."));
        }
        current.set(caller.get());
        return Optional.empty();
    }

    private static Response unauthorized(String detail) {
        return Problem.builder(401, "unauthorized", "Authentication required", detail)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"bulletins\"").build();
    }
}
