package org.bulletinpipeline.ingest.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * RFC 9457 problem details; {@code type} is stable per error so clients can branch on it, and {@code field} names
 * the refused field where one is to blame.
 */
// sent as a Response entity, which the native build cannot see the type of
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field) {

    public static final String TYPE_BASE = "https://bulletin-pipeline.org/problems/";
    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Response.ResponseBuilder builder(int status, String type, String title, String detail) {
        return builder(status, type, title, detail, null);
    }

    /** A problem with one field of the request, named in the {@code field} extension member. */
    public static Response.ResponseBuilder builder(int status, String type, String title, String detail, String field) {
        return Response.status(status).type(MEDIA_TYPE)
                .entity(new Problem(TYPE_BASE + type, title, status, detail, field));
    }
}
