package org.bulletinpipeline.ingest.rest;

/** Answer to an admin's reprocessing request: the bulletin's stored text is on bulletins.raw again. */
public record ReprocessResponse(String bulletinId, boolean republished) {
}
