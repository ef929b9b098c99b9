package org.bulletinpipeline.query.repository;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.awaitility.Awaitility;
import org.bulletinpipeline.query.search.SearchBusyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The search's turns, on real connections to the test database: a search holds its connection until it closes its
 * session, searches beyond the connections wait in order of arrival, and one that waits too long gets
 * {@link SearchBusyException} (503).
 */
class SearchTurnsTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final MeterRegistry registry = new SimpleMeterRegistry();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private SearchRepository repository(int connections, Duration wait) {
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(System.getProperty("test.jdbc-url", "jdbc:postgresql://localhost:5432/bulletins_test"));
        database.setUser("bulletin");
        database.setPassword("bulletin");
        return new SearchRepository(database, connections, wait, registry);
    }

    private double waiting() {
        return registry.get("query.search.waiting").gauge().value();
    }

    @Test
    void aSearchBeyondTheConnectionsIsRefusedWhenNoneFreesInTime() {
        SearchRepository repository = repository(1, Duration.ofMillis(200));
        try (SearchRepository.Session held = repository.open()) {
            SearchBusyException busy = assertThrows(SearchBusyException.class, repository::open);
            assertEquals("no search connection became free within 200 ms", busy.getMessage());
        }
        // the turn came back with the session
        assertDoesNotThrow(() -> repository.open().close());
    }

    @Test
    void waitingSearchesAreServedInTheOrderTheyArrived() throws Exception {
        SearchRepository repository = repository(1, Duration.ofSeconds(10));
        List<Integer> served = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> searches = new ArrayList<>();
        try (SearchRepository.Session held = repository.open()) {
            for (int i = 0; i < 4; i++) {
                int arrival = i;
                searches.add(pool.submit(() -> {
                    try (SearchRepository.Session own = repository.open()) {
                        served.add(arrival);
                    }
                    return null;
                }));
                // the next search arrives once this one waits for its turn
                int queued = i + 1;
                Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> waiting() == queued);
            }
            assertEquals(List.of(), served, "none is served while the only connection is held");
        }
        for (Future<?> search : searches) {
            search.get(10, TimeUnit.SECONDS);
        }
        assertEquals(List.of(0, 1, 2, 3), served);
        assertEquals(0, waiting());
    }
}
