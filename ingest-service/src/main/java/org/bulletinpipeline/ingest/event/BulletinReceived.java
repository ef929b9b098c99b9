package org.bulletinpipeline.ingest.event;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** BulletinReceived v1, the value on {@code bulletins.raw}, keyed by bulletinId (bulletin-received.v1.schema.json). */
@RegisterForReflection
public record BulletinReceived(int schemaVersion, String bulletinId, Instant receivedAt, BulletinSource source,
                               String text) {

    public static final int SCHEMA_VERSION = 1;
}
