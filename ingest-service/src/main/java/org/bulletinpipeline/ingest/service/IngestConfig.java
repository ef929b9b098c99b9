package org.bulletinpipeline.ingest.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything ingest-service can be told; each key is also an env var (ingest.ack-timeout = INGEST_ACK_TIMEOUT). */
@ConfigMapping(prefix = "ingest")
public interface IngestConfig {

    /** How long to wait for Kafka's acknowledgement before answering 503: a 202 is only ever a durable write. */
    @WithDefault("10s")
    Duration ackTimeout();

    /** Seconds a client is told to wait (Retry-After) when the broker did not acknowledge in time. */
    @WithDefault("5")
    int retryAfterSeconds();

    /** Base URL of query-service, for the links in answers. */
    @WithDefault("http://localhost:8083")
    String queryBaseUrl();

    /** Largest bulletin accepted, in bytes as sent (413 above). */
    @WithDefault("5M")
    MemorySize maxBulletinSize();

    /** Largest batch (NDJSON body or all files of a multipart request together) accepted (413 above). */
    @WithDefault("32M")
    MemorySize maxRequestSize();

    /**
     * Bulletins waiting for the broker's acknowledgement at once; one more is shed with 503 and a short Retry-After
     * instead of queueing behind a slow broker until the client times out.
     */
    @WithDefault("32")
    int maxInFlight();

    /** Seconds a client is told to wait when it was shed because too many bulletins were in flight. */
    @WithDefault("1")
    int overloadRetryAfterSeconds();

    Watch watch();

    interface Watch {

        /** Whether files dropped into {@link #directory()} are ingested. */
        @WithDefault("false")
        boolean enabled();

        /** The folder watched; processed files go to its done/ and failed/ subfolders. */
        @WithDefault("inbox")
        Path directory();

        /** How often the folder is looked at. */
        @WithDefault("2s")
        Duration interval();

        /** The feed name given to bulletins that arrive through the folder. */
        @WithDefault("folder")
        String feed();
    }
}
