package org.bulletinpipeline.ingest.ledger;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

import org.bulletinpipeline.contracts.event.BulletinSource;
import org.bulletinpipeline.contracts.event.ItemMetadata;

/**
 * The value on the ledger topic (key bulletinId): what was accepted first under that id, kept so that a replay does
 * not depend on the retention of {@code bulletins.raw}.
 */
@RegisterForReflection
public record LedgerEntry(String bulletinId, Instant receivedAt, BulletinSource source, ItemMetadata item,
                          String text) {
}
