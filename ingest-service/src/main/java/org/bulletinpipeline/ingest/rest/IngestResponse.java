package org.bulletinpipeline.ingest.rest;

import java.util.Map;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Answer to an accepted bulletin: its id, whether it was already known, and where to follow it. */
// sent as a Response entity, which the native build cannot see the type of
@RegisterForReflection
public record IngestResponse(String bulletinId, boolean duplicate, Map<String, String> links) {
}
