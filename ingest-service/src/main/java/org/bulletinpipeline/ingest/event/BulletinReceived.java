package org.bulletinpipeline.ingest.event;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * BulletinReceived v2, the value on {@code bulletins.raw}, keyed by bulletinId (bulletin-received.v2.schema.json):
 * v1 and the {@code item} a structured document described, null for text.
 */
@RegisterForReflection
public record BulletinReceived(int schemaVersion, String bulletinId, Instant receivedAt, BulletinSource source,
                               ItemMetadata item, String text) {

    public static final int SCHEMA_VERSION = 2;
}
