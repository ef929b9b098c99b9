package org.bulletinpipeline.ingest.service;

import java.time.Duration;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What operators watch at /q/metrics: {@code ingest_bulletins_total{feed, outcome, reason}} (outcome accepted,
 * duplicate, refused or unavailable; reason the problem type, "none" otherwise), the broker's acknowledgement time and
 * the bulletins waiting for it.
 */
@ApplicationScoped
public class IngestMetrics {

    private final MeterRegistry registry;
    private final Timer ack;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.ack = Timer.builder("ingest.publish.ack").description("Time until Kafka acknowledged a bulletin")
                .publishPercentiles(0.5, 0.95, 0.99).register(registry);
    }

    public void outcome(String feed, String outcome, String reason) {
        registry.counter("ingest.bulletins", "feed", feed == null ? "unknown" : feed, "outcome", outcome,
                "reason", reason).increment();
    }

    public void acknowledged(Duration elapsed) {
        ack.record(elapsed);
    }

    void watchInFlight(Semaphore permits, int max) {
        Gauge.builder("ingest.publish.in.flight", permits, p -> max - p.availablePermits())
                .description("Bulletins waiting for Kafka's acknowledgement").register(registry);
    }
}
