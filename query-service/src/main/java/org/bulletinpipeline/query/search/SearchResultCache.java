package org.bulletinpipeline.query.search;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.bulletinpipeline.query.stream.ArticleStored;

/**
 * The answers to searches of the last few seconds ({@code query.search.cache-seconds}), by their exact criteria:
 * the dashboard asks the same search again for each page turn and facet shown, and a newsroom searches the day's
 * names and words many times a minute. Every article this instance stores makes all of them stale at once (a
 * generation count, so a search that was running while the article committed is not kept either); an article stored
 * by another replica shows in a search cached here once its entry expires.
 */
@ApplicationScoped
public class SearchResultCache {

    private record Entry(long generation, SearchResult result) {
    }

    private final Cache<SearchCriteria, Entry> entries;
    private final AtomicLong generation = new AtomicLong();
    private final boolean enabled;

    public SearchResultCache(SearchConfig config, MeterRegistry metrics) {
        this.enabled = config.cacheSeconds() > 0;
        this.entries = Caffeine.newBuilder().maximumWeight(config.cacheHits())
                .<SearchCriteria, Entry>weigher((criteria, entry) -> entry.result().items().size() + 1)
                .expireAfterWrite(Duration.ofSeconds(Math.max(config.cacheSeconds(), 0))).recordStats().build();
        // cache_gets_total{cache="search_results",result="hit"|"miss"} and the size at /q/metrics
        CaffeineCacheMetrics.monitor(metrics, entries, "search_results");
    }

    /** The cached result of {@code criteria} if there is a current one, else {@code search}'s, then cached. */
    public SearchResult get(SearchCriteria criteria, Supplier<SearchResult> search) {
        if (!enabled) {
            return search.get();
        }
        long current = generation.get();
        Entry entry = entries.getIfPresent(criteria);
        if (entry != null && entry.generation() == current) {
            return entry.result();
        }
        SearchResult result = search.get();
        entries.put(criteria, new Entry(current, result));
        return result;
    }

    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleStored event) {
        generation.incrementAndGet();
    }
}
