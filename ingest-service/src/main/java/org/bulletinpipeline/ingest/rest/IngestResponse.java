package org.bulletinpipeline.ingest.rest;

import java.util.Map;

/** Answer to an accepted bulletin: its id, whether it was already known, and where to follow it. */
public record IngestResponse(String bulletinId, boolean duplicate, Map<String, String> links) {
}
