package org.bulletinpipeline.nlp.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the interceptors' calls become the pipeline meters, one bulletin at a time. */
class PipelineMetersTest {

    private SimpleMeterRegistry registry;
    private PipelineMeters meters;

    @BeforeEach
    void registry() {
        registry = new SimpleMeterRegistry();
        meters = new PipelineMeters(registry);
    }

    @Test
    void anExtractedBulletinRecordsItsArticlesAndItsTime() {
        meters.received("b1");
        meters.articlePublished("b1");
        meters.articlePublished("b1");
        meters.articlePublished("other");
        meters.finished("b1", Duration.ofMillis(250), false);

        assertEquals(1, registry.get(PipelineMeters.ARTICLES).summary().count());
        assertEquals(2.0, registry.get(PipelineMeters.ARTICLES).summary().totalAmount());
        assertEquals(250.0, registry.get(PipelineMeters.PROCESSING).tag("outcome", "extracted").timer()
                .totalTime(TimeUnit.MILLISECONDS));
        assertEquals(0.0, registry.get(PipelineMeters.DEAD_LETTERS).counter().count());
    }

    @Test
    void aDeadLetteredBulletinCountsNoArticles() {
        meters.received("b2");
        meters.deadLettered("b2");
        meters.finished("b2", Duration.ofMillis(10), false);

        assertEquals(1.0, registry.get(PipelineMeters.DEAD_LETTERS).counter().count());
        assertEquals(1, registry.get(PipelineMeters.PROCESSING).tag("outcome", "dead-lettered").timer().count());
        assertEquals(0, registry.get(PipelineMeters.ARTICLES).summary().count());
    }

    @Test
    void aRecordWithoutAKeyIsADeadLetterAndAFailureIsNotAnExtraction() {
        meters.received(null);
        meters.deadLettered(null);
        meters.finished(null, Duration.ofMillis(5), false);
        meters.received("b3");
        meters.articlePublished("b3");
        meters.finished("b3", Duration.ofMillis(5), true);

        assertEquals(1, registry.get(PipelineMeters.PROCESSING).tag("outcome", "dead-lettered").timer().count());
        assertEquals(1, registry.get(PipelineMeters.PROCESSING).tag("outcome", "failed").timer().count());
        assertEquals(0, registry.get(PipelineMeters.ARTICLES).summary().count());
        assertNull(registry.find(PipelineMeters.PROCESSING).tag("outcome", "extracted").timer());
    }
}
