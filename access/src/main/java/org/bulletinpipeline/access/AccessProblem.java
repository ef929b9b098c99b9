package org.bulletinpipeline.access;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 as RFC 9457 problems, the same in the three services: {@code unauthorized} when no known key was
 * presented (with the challenge), {@code forbidden} when the key's holder lacks the role.
 */
@RegisterForReflection
public record AccessProblem(String type, String title, int status, String detail) {

    static final String TYPE_BASE = "https://bulletin-pipeline.org/problems/";
    static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    static Response unauthorized(String detail) {
        return Response.status(401).type(MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, ApiKeyMechanism.CHALLENGE)
                .entity(new AccessProblem(TYPE_BASE + "unauthorized", "Authentication required", 401, detail)).build();
    }

    static Response forbidden(String detail) {
        return Response.status(403).type(MEDIA_TYPE)
                .entity(new AccessProblem(TYPE_BASE + "forbidden", "Not allowed for this key", 403, detail)).build();
    }

    /** Maps quarkus-security's exceptions; authentication is lazy, so they reach JAX-RS. */
    public static class Mappers {

        private static final String SEND_A_KEY = "Send a key as 'Authorization: Bearer <key>'.";

        @ServerExceptionMapper
        public Response unknownKey(AuthenticationFailedException e) {
            return unauthorized(e.getMessage() == null ? SEND_A_KEY : e.getMessage());
        }

        @ServerExceptionMapper
        public Response noKey(UnauthorizedException e) {
            return unauthorized(SEND_A_KEY);
        }

        /** Without a key, an open reader refused an operation is told to authenticate, not that it may never. */
        @ServerExceptionMapper
        public Response wrongRole(ForbiddenException e, HttpHeaders headers) {
            if (!PresentedKey.present(headers.getHeaderString(HttpHeaders.AUTHORIZATION),
                    headers.getHeaderString(PresentedKey.ADMIN_KEY_HEADER))) {
                return unauthorized(SEND_A_KEY);
            }
            return forbidden("The key does not hold the role this operation needs.");
        }
    }
}
