package org.bulletinpipeline.query.admission;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Places for the long-lived reads: exports and SSE streams. A request that finds none free is turned away at once
 * with {@link TooManyException} instead of queueing; a place is given back exactly once, however its request ends.
 */
@ApplicationScoped
public class ReadAdmission {

    private final ReadLimits limits;
    private final Semaphore exports;
    private final Semaphore streams;

    public ReadAdmission(ReadLimits limits, MeterRegistry registry) {
        this.limits = limits;
        this.exports = new Semaphore(limits.maxExports());
        this.streams = new Semaphore(limits.maxStreams());
        Gauge.builder("query.exports.open", exports, s -> limits.maxExports() - s.availablePermits())
                .description("exports streaming now").register(registry);
        Gauge.builder("query.streams.open", streams, s -> limits.maxStreams() - s.availablePermits())
                .description("SSE streams open now").register(registry);
    }

    /** A place for one export; close it when the export is written or failed. */
    public Place export() {
        return take(exports, "too-many-exports", limits.maxExports() + " exports are streaming already");
    }

    /** A place for one SSE stream; close it when the stream ends, however it ends. */
    public Place stream() {
        return take(streams, "too-many-streams", limits.maxStreams() + " article streams are open already");
    }

    private Place take(Semaphore places, String type, String message) {
        if (!places.tryAcquire()) {
            throw new TooManyException(type, message + "; try again after the Retry-After delay.",
                    limits.retryAfterSeconds());
        }
        return new Place(places);
    }

    /** A place taken; closing it more than once gives it back once. */
    public static final class Place implements AutoCloseable {

        private final Semaphore places;
        private final AtomicBoolean given = new AtomicBoolean();

        private Place(Semaphore places) {
            this.places = places;
        }

        @Override
        public void close() {
            if (given.compareAndSet(false, true)) {
                places.release();
            }
        }
    }
}
