package org.bulletinpipeline.ingest.subscription;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

import org.bulletinpipeline.ingest.format.NewsFormat;
import org.bulletinpipeline.ingest.format.NewsFormats;
import org.bulletinpipeline.ingest.messaging.BrokerUnavailableException;
import org.bulletinpipeline.ingest.refusal.InvalidBulletinException;
import org.bulletinpipeline.ingest.service.DocumentIngest;
import org.bulletinpipeline.ingest.service.ItemResult;
import org.bulletinpipeline.ingest.service.OverloadedException;
import org.jboss.logging.Logger;

/**
 * Polls the subscribed RSS/Atom feeds. A conditional GET (If-None-Match with the last ETag, If-Modified-Since with the
 * last Last-Modified) lets an unchanged feed answer 304 without a body; a changed one is read like a posted feed,
 * each item once (an item id already in the ledger is a duplicate). A failure (no answer, an error status, a feed that
 * does not parse, items the broker did not take) doubles the wait before the next try, up to
 * {@code ingest.subscriptions.max-backoff}, and keeps the old validators so the items are fetched again.
 *
 * <p>Metrics: {@code ingest_subscription_polls_total{feed, outcome}} (changed, unchanged, failed),
 * {@code ingest_subscription_items_total{feed, outcome}} (accepted, duplicate, refused, unavailable) and
 * {@code ingest_subscription_failures{feed}}, the failures in a row.
 */
@ApplicationScoped
public class FeedPoller {

    private static final Logger LOG = Logger.getLogger(FeedPoller.class);
    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5";

    private final SubscriptionsConfig config;
    private final NewsFormats formats;
    private final DocumentIngest documents;
    private final MeterRegistry registry;
    private final SubscriptionState state;
    private final HttpClient http;
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

    public FeedPoller(SubscriptionsConfig config, NewsFormats formats, DocumentIngest documents,
                      MeterRegistry registry, ObjectMapper json) {
        this.config = config;
        this.formats = formats;
        this.documents = documents;
        this.registry = registry;
        this.state = new SubscriptionState(config.stateFile(), json);
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Scheduled(every = "${ingest.subscriptions.tick:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = SubscriptionsDisabled.class)
    void pollDue() {
        Instant now = Instant.now();
        config.feeds().forEach((name, url) -> {
            if (state.get(name, url).due(now)) {
                poll(name, url);
            }
        });
    }

    /** Polls one feed now, whether due or not, and records what came of it. */
    public PollResult poll(String name, String url) {
        FeedState before = state.get(name, url);
        Instant now = Instant.now();
        PollResult result;
        HttpResponse<byte[]> response;
        try {
            response = http.send(request(url, before), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | IllegalArgumentException e) {
            return failed(name, before, now, 0, "no answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(name, before, now, 0, "interrupted");
        }
        if (response.statusCode() == 304) {
            state.put(name, before.answered(before.etag(), before.lastModified(), now, config.interval(), "unchanged"));
            result = PollResult.unchanged();
        } else if (response.statusCode() / 100 != 2) {
            return failed(name, before, now, response.statusCode(), "status " + response.statusCode());
        } else {
            try {
                result = ingest(name, response);
            } catch (InvalidBulletinException e) {
                return failed(name, before, now, response.statusCode(), e.problemType() + ": " + e.getMessage());
            } catch (BrokerUnavailableException | OverloadedException e) {
                return failed(name, before, now, response.statusCode(), "broker: " + e.getMessage());
            }
            if (result.unavailable() > 0) {
                return failed(name, before, now, response.statusCode(), result.unavailable() + " items not taken");
            }
            state.put(name, before.answered(header(response, "ETag"), header(response, "Last-Modified"), now,
                    config.interval(), "changed"));
        }
        failureGauge(name).set(0);
        registry.counter("ingest.subscription.polls", "feed", name, "outcome", result.outcome()).increment();
        LOG.infof("feed %s polled: %s (%d accepted, %d duplicates, %d refused)", name, result.outcome(),
                result.accepted(), result.duplicates(), result.refused());
        return result;
    }

    private HttpRequest request(String url, FeedState before) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(config.timeout())
                .header("Accept", ACCEPT).GET();
        if (before.etag() != null) {
            request.header("If-None-Match", before.etag());
        }
        if (before.lastModified() != null) {
            request.header("If-Modified-Since", before.lastModified());
        }
        return request.build();
    }

    private PollResult ingest(String name, HttpResponse<byte[]> response) {
        byte[] body = response.body();
        String type = header(response, "Content-Type");
        String mediaType = type == null ? "application/xml" : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        // feeds are served as text/html, application/octet-stream or text/plain as often as as RSS: what the body is decides
        Optional<NewsFormat> format = formats.forMediaType(mediaType, body)
                .or(() -> formats.forMediaType("application/xml", body));
        if (format.isEmpty()) {
            throw new InvalidBulletinException(415, "unsupported-document", "The feed is neither RSS nor Atom.");
        }
        List<ItemResult> items = switch (documents.ingest(format.get(), body, name, null)) {
            case DocumentIngest.Outcome.Single single -> List.of(new ItemResult(0, null,
                    single.result().duplicate() ? ItemResult.DUPLICATE : ItemResult.ACCEPTED,
                    single.result().bulletinId(), null, null, null));
            case DocumentIngest.Outcome.Items many -> many.results();
        };
        for (ItemResult item : items) {
            registry.counter("ingest.subscription.items", "feed", name, "outcome", item.outcome()).increment();
        }
        return new PollResult("changed", response.statusCode(), count(items, ItemResult.ACCEPTED),
                count(items, ItemResult.DUPLICATE), count(items, ItemResult.REFUSED), count(items, ItemResult.UNAVAILABLE));
    }

    private PollResult failed(String name, FeedState before, Instant now, int status, String reason) {
        FeedState after = before.failed(now, config.interval(), config.maxBackoff(), "failed: " + reason);
        state.put(name, after);
        failureGauge(name).set(after.failures());
        registry.counter("ingest.subscription.polls", "feed", name, "outcome", "failed").increment();
        LOG.warnf("feed %s failed (%s); next try at %s", name, reason, after.nextPollAt());
        return PollResult.failed(status);
    }

    private AtomicInteger failureGauge(String name) {
        return failures.computeIfAbsent(name, feed -> {
            AtomicInteger value = new AtomicInteger();
            Gauge.builder("ingest.subscription.failures", value, AtomicInteger::get).tag("feed", feed)
                    .description("Failed polls in a row").register(registry);
            return value;
        });
    }

    /** The state kept for a feed, for operators and tests. */
    public FeedState state(String name, String url) {
        return state.get(name, url);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static int count(List<ItemResult> items, String outcome) {
        return (int) items.stream().filter(item -> outcome.equals(item.outcome())).count();
    }

    /** Skips the scheduled polls unless ingest.subscriptions.enabled is true. */
    @ApplicationScoped
    public static class SubscriptionsDisabled implements Scheduled.SkipPredicate {

        private final SubscriptionsConfig config;

        public SubscriptionsDisabled(SubscriptionsConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !config.enabled() || config.feeds().isEmpty();
        }
    }
}
