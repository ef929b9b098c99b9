package org.bulletinpipeline.query.admission;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What the read side does at once beyond single searches (those take turns on the search pool); each key is also an
 * env var (query.limits.max-exports = QUERY_LIMITS_MAX_EXPORTS).
 */
@ConfigMapping(prefix = "query.limits")
public interface ReadLimits {

    /**
     * Exports streaming at once. Each holds a search connection (of QUERY_SEARCH_CONNECTIONS, 4) for as long as its
     * client reads, so they may never take them all.
     */
    @WithDefault("2")
    int maxExports();

    /** Open SSE streams; each holds a connection, a subscription and a timer for as long as its client stays. */
    @WithDefault("200")
    int maxStreams();

    /** What a client turned away is told to wait, in seconds. */
    @WithDefault("5")
    int retryAfterSeconds();
}
