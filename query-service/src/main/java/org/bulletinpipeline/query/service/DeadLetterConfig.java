package org.bulletinpipeline.query.service;

import java.time.Duration;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The dead-letter admin API; QUERY_DEAD_LETTERS_RETRY_TOPICS etc. override it. */
@ConfigMapping(prefix = "query.dead-letters")
public interface DeadLetterConfig {

    /**
     * The topics a letter may be sent back to: those the pipeline reads. A letter names its source topic itself, and
     * the dead-letter topic (or any other) must not be written to through this API.
     */
    @WithDefault("bulletins.raw,articles.extracted")
    Set<String> retryTopics();

    /** How long a retry waits for the broker's acknowledgement before answering 503. */
    @WithDefault("10s")
    Duration retryAckTimeout();

    /** Page size when the request names none. */
    @WithDefault("50")
    int defaultLimit();
}
