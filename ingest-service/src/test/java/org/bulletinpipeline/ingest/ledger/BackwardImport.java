package org.bulletinpipeline.ingest.ledger;

import org.bulletinpipeline.ingest.service.IngestConfig;

/** An emitter reading the service's configuration: the backward import {@code LayerDependenciesTest} must catch. */
public final class BackwardImport {

    private BackwardImport() {
    }

    public static long ackTimeoutMillis(IngestConfig config) {
        return config.ackTimeout().toMillis();
    }
}
