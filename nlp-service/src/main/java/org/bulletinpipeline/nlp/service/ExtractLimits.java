package org.bulletinpipeline.nlp.service;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds of {@code POST /api/extract}; each key is also an env var (nlp.extract.max-concurrent = NLP_EXTRACT_MAX_CONCURRENT). */
@ConfigMapping(prefix = "nlp.extract")
public interface ExtractLimits {

    /**
     * The largest text extracted on request, in UTF-8 bytes: six of the largest newspaper pages, about a second of
     * one core. Far below ingest-service's 5 MiB, which only the Kafka path has to take.
     */
    @WithDefault("256K")
    MemorySize maxSize();

    /** Extractions run at once on request; more are refused with 429 rather than queued. */
    @WithDefault("2")
    int maxConcurrent();

    /** What a refused client is told to wait, in seconds. */
    @WithDefault("1")
    int retryAfterSeconds();
}
