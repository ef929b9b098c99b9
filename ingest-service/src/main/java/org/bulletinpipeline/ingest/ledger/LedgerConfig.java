package org.bulletinpipeline.ingest.ledger;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the ledger is kept (ingest.ledger.topic = INGEST_LEDGER_TOPIC). A mapping of its own, under the service's
 * prefix: the ledger sits below the service layer and reads no configuration of the layers above it.
 */
@ConfigMapping(prefix = "ingest.ledger")
public interface LedgerConfig {

    /** Compacted topic of every accepted bulletin (key bulletinId, value its text and source). */
    @WithDefault("bulletins.ingested")
    String topic();
}
