package org.bulletinpipeline.contracts.event;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * BulletinReceived, the value on {@code bulletins.raw}, keyed by bulletinId (bulletin-received.v2.schema.json): the
 * text as received, where it came from, and the {@code item} a structured document described, null for text. v1
 * events have no {@code item} and bind to this record with it null.
 */
// written and read by an ObjectMapper, on Kafka and in REST bodies: the native build sees neither
@RegisterForReflection
public record BulletinReceived(int schemaVersion, String bulletinId, Instant receivedAt, BulletinSource source,
                               ItemMetadata item, String text) {

    public static final int SCHEMA_VERSION = 2;
}
