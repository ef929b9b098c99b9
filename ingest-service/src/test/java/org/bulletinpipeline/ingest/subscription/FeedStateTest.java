package org.bulletinpipeline.ingest.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class FeedStateTest {

    private static final Instant NOW = Instant.parse("2022-05-17T00:00:00Z");
    private static final Duration INTERVAL = Duration.ofMinutes(5);
    private static final Duration MAX = Duration.ofHours(1);

    @Test
    void theWaitDoublesWithEachFailureUpToTheMaximum() {
        FeedState state = FeedState.fresh("http://www.yzrb.com.cn/rss.xml");
        long[] minutes = {10, 20, 40, 60, 60};
        for (long expected : minutes) {
            state = state.failed(NOW, INTERVAL, MAX, "failed: status 503");
            assertEquals(Duration.ofMinutes(expected), Duration.between(NOW, state.nextPollAt()));
        }
        assertEquals(5, state.failures());
    }

    @Test
    void anAnswerResetsTheFailuresAndKeepsTheNewValidators() {
        FeedState state = FeedState.fresh("http://www.yzrb.com.cn/rss.xml").failed(NOW, INTERVAL, MAX, "failed")
                .answered("\"5f1a\"", "Tue, 17 May 2022 06:30:00 GMT", NOW, INTERVAL, "changed");
        assertEquals(0, state.failures());
        assertEquals("\"5f1a\"", state.etag());
        assertFalse(state.due(NOW.plus(Duration.ofMinutes(4))));
        assertTrue(state.due(NOW.plus(INTERVAL)));
        assertTrue(FeedState.fresh("http://www.yzrb.com.cn/rss.xml").due(NOW));
    }
}
