package org.bulletinpipeline.ingest.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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
}
