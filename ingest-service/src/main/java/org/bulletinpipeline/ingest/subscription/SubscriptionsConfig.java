package org.bulletinpipeline.ingest.subscription;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Feeds ingest fetches by itself (ingest.subscriptions.*, env INGEST_SUBSCRIPTIONS_*):
 * {@code ingest.subscriptions.feeds.xinhua-henan=http://www.ha.xinhuanet.com/rss/news.xml}. The name is the feed
 * the items are ingested under.
 */
@ConfigMapping(prefix = "ingest.subscriptions")
public interface SubscriptionsConfig {

    /** Whether the schedule runs; the feeds can be listed with it off. */
    @WithDefault("false")
    boolean enabled();

    /** Name → RSS or Atom URL. */
    Map<String, String> feeds();

    /** Time between two polls of a feed that answered. */
    @WithDefault("5m")
    Duration interval();

    /** The longest wait after failures: the interval doubles with each failure in a row up to this. */
    @WithDefault("1h")
    Duration maxBackoff();

    /** Connect and read timeout of one poll. */
    @WithDefault("20s")
    Duration timeout();

    /**
     * Where each feed's validators (ETag, Last-Modified), failures and next poll are kept across restarts. Which items
     * were ingested needs no state here: the ledger knows every item id.
     */
    @WithDefault("subscriptions-state.json")
    Path stateFile();
}
