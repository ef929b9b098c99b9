package org.bulletinpipeline.nlp.service;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The extractions {@code POST /api/extract} may run at once. A request that finds none free is turned away at once
 * (it does not wait holding its body in memory): a burst of 5 MB previews cannot starve the Kafka consumer.
 */
@ApplicationScoped
public class ExtractionSlots {

    private final Semaphore slots;

    public ExtractionSlots(ExtractLimits limits) {
        this.slots = new Semaphore(limits.maxConcurrent());
    }

    /** The work's result, or empty when every slot is taken. */
    public <T> Optional<T> tryRun(Supplier<T> work) {
        if (!slots.tryAcquire()) {
            return Optional.empty();
        }
        try {
            return Optional.of(work.get());
        } finally {
            slots.release();
        }
    }
}
