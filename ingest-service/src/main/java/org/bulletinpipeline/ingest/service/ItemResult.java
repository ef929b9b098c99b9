package org.bulletinpipeline.ingest.service;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What became of one item of a batch: {@code accepted} or {@code duplicate} with its bulletinId, {@code refused}
 * with the status and problem type it would have had alone, or {@code unavailable} (not written, send it again).
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemResult(int index, String fileName, String outcome, String bulletinId, Integer status, String type,
                         String detail) {

    public static final String ACCEPTED = "accepted";
    public static final String DUPLICATE = "duplicate";
    public static final String REFUSED = "refused";
    public static final String UNAVAILABLE = "unavailable";
}
