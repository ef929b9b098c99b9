package org.bulletinpipeline.ingest.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** RFC 9457 problem details; {@code type} is stable per error so clients can branch on it. */
// sent as a Response entity, which the native build cannot see the type of
@RegisterForReflection
public record Problem(String type, String title, int status, String detail) {

    public static final String TYPE_BASE = "https://bulletin-pipeline.org/problems/";
    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Response.ResponseBuilder builder(int status, String type, String title, String detail) {
        return Response.status(status).type(MEDIA_TYPE).entity(new Problem(TYPE_BASE + type, title, status, detail));
    }
}
