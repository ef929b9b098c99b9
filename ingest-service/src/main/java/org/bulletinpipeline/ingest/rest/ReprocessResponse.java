package org.bulletinpipeline.ingest.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;


/** Answer to an admin's reprocessing request: the bulletin's stored text is on bulletins.raw again. */
// sent as a Response entity, which the native build cannot see the type of
@RegisterForReflection
public record ReprocessResponse(String bulletinId, boolean republished) {
}
