package org.bulletinpipeline.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.bulletinpipeline.query.stream.ArticleStored;
import org.junit.jupiter.api.Test;

class SearchResultCacheTest {

    private static SearchConfig config(int seconds) {
        return new SearchConfig() {
            public int maxLimit() {
                return 200;
            }

            public int sampleSize() {
                return 200;
            }

            public int facetSize() {
                return 10;
            }

            public int cacheSeconds() {
                return seconds;
            }

            public int cacheHits() {
                return 1000;
            }

            public int maxExportRows() {
                return 1000;
            }
        };
    }

    private static SearchCriteria criteria(String word) {
        return new SearchCriteria(List.of(word), null, null, null, null, null, null, null, null, null,
                SearchSort.RELEVANCE, 20, null, true);
    }

    private final AtomicInteger searches = new AtomicInteger();

    private SearchResult search() {
        searches.incrementAndGet();
        return new SearchResult(List.of(), null, 0, true, null);
    }

    @Test
    void theSameSearchIsAnsweredOnceUntilAnArticleIsStored() {
        SearchResultCache cache = new SearchResultCache(config(5), new SimpleMeterRegistry());
        SearchResult first = cache.get(criteria("疫情"), this::search);
        assertSame(first, cache.get(criteria("疫情"), this::search));
        assertEquals(1, searches.get());
        cache.get(criteria("防控"), this::search);
        assertEquals(2, searches.get());
        cache.onStored(new ArticleStored("b-0"));
        cache.get(criteria("疫情"), this::search);
        assertEquals(3, searches.get());
    }

    @Test
    void aSearchRunningWhileAnArticleCommitsIsNotKept() {
        SearchResultCache cache = new SearchResultCache(config(5), new SimpleMeterRegistry());
        cache.get(criteria("疫情"), () -> {
            cache.onStored(new ArticleStored("b-0"));
            return search();
        });
        cache.get(criteria("疫情"), this::search);
        assertEquals(2, searches.get());
    }

    @Test
    void noSecondsNoCache() {
        SearchResultCache cache = new SearchResultCache(config(0), new SimpleMeterRegistry());
        cache.get(criteria("疫情"), this::search);
        cache.get(criteria("疫情"), this::search);
        assertEquals(2, searches.get());
    }
}
