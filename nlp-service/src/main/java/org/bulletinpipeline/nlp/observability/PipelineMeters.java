package org.bulletinpipeline.nlp.observability;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The pipeline's own meters, fed by the messaging interceptors of this package: how long one bulletin takes from
 * being handed to the consumer until its offset may be committed (extraction plus the broker's acks of every
 * article), how many articles it became, and how many records went to the dead-letter topic.
 *
 * <p>Articles and dead letters are tallied per bulletin key while the bulletin is in flight; all events of one
 * bulletin are keyed by its id, so the tally closes when the consumer acknowledges the incoming record.
 */
@ApplicationScoped
public class PipelineMeters {

    static final String PROCESSING = "nlp.bulletin.processing";
    static final String ARTICLES = "nlp.bulletin.articles";
    static final String DEAD_LETTERS = "nlp.dead.letters";
    static final String PUBLISH_RETRIES = "nlp.publish.retries";

    private final MeterRegistry registry;
    private final DistributionSummary articlesPerBulletin;
    private final Counter deadLetters;
    private final Counter publishRetries;
    private final Map<String, InFlight> inFlight = new ConcurrentHashMap<>();

    public PipelineMeters(MeterRegistry registry) {
        this.registry = registry;
        this.articlesPerBulletin = DistributionSummary.builder(ARTICLES)
                .description("Articles published for one bulletin")
                .baseUnit("articles")
                .publishPercentileHistogram()
                .register(registry);
        this.deadLetters = Counter.builder(DEAD_LETTERS)
                .description("Records sent to bulletins.dlq instead of being extracted")
                .register(registry);
        this.publishRetries = Counter.builder(PUBLISH_RETRIES)
                .description("Publishes tried again because the broker could not take them (restarting, no leader)")
                .register(registry);
    }

    public void publishRetried() {
        publishRetries.increment();
    }

    void received(String bulletinKey) {
        if (bulletinKey != null) {
            inFlight.put(bulletinKey, new InFlight());
        }
    }

    void articlePublished(String bulletinKey) {
        InFlight bulletin = bulletinKey == null ? null : inFlight.get(bulletinKey);
        if (bulletin != null) {
            bulletin.articles.incrementAndGet();
        }
    }

    /** An article the broker did not acknowledge: it is counted again when the publish is tried again. */
    void articleRefused(String bulletinKey) {
        InFlight bulletin = bulletinKey == null ? null : inFlight.get(bulletinKey);
        if (bulletin != null) {
            bulletin.articles.decrementAndGet();
        }
    }

    /** Called per attempt: a dead letter the broker could not take at first is counted once for its bulletin. */
    void deadLettered(String bulletinKey) {
        InFlight bulletin = bulletinKey == null ? null : inFlight.get(bulletinKey);
        if (bulletin == null || !bulletin.deadLettered) {
            deadLetters.increment();
        }
        if (bulletin != null) {
            bulletin.deadLettered = true;
        }
    }

    /** The consumer is done with the record: {@code failed} when it threw instead of acknowledging. */
    void finished(String bulletinKey, Duration took, boolean failed) {
        InFlight bulletin = bulletinKey == null ? null : inFlight.remove(bulletinKey);
        String outcome;
        if (failed) {
            outcome = "failed";
        } else if (bulletin == null || bulletin.deadLettered) {
            // a record without a key never reaches extraction: the consumer sends it to the dead-letter topic
            outcome = "dead-lettered";
        } else {
            outcome = "extracted";
            articlesPerBulletin.record(bulletin.articles.get());
        }
        Timer.builder(PROCESSING)
                .description("From handing a bulletins.raw record to the consumer to its acknowledgement")
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(registry)
                .record(took);
    }

    private static final class InFlight {
        final AtomicInteger articles = new AtomicInteger();
        volatile boolean deadLettered;
    }
}
