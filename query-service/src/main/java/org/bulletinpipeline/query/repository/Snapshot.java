package org.bulletinpipeline.query.repository;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

/**
 * A value read from the database that may be a little old: the first reader loads it, later readers get the loaded
 * one at once and, once it is older than {@code maxAge}, one of them starts a reload in the background. For what the
 * search plans with (articles per day, value frequencies), where a stale value costs a little speed, never a result.
 */
final class Snapshot<T> {

    private static final Logger LOG = Logger.getLogger(Snapshot.class);

    private record Loaded<T>(T value, long at) {
    }

    private final String name;
    private final Duration maxAge;
    private final Supplier<T> loader;
    private final AtomicBoolean reloading = new AtomicBoolean();
    private volatile Loaded<T> loaded;

    Snapshot(String name, Duration maxAge, Supplier<T> loader) {
        this.name = name;
        this.maxAge = maxAge;
        this.loader = loader;
    }

    T get() {
        Loaded<T> current = loaded;
        if (current == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = new Loaded<>(loader.get(), System.nanoTime());
                }
                return loaded.value();
            }
        }
        if (System.nanoTime() - current.at() > maxAge.toNanos() && reloading.compareAndSet(false, true)) {
            Thread.ofVirtual().name(name + "-reload").start(() -> {
                try {
                    loaded = new Loaded<>(loader.get(), System.nanoTime());
                } catch (RuntimeException e) {
                    LOG.warnf(e, "reloading %s failed; keeping the one from %d s ago", name,
                            (System.nanoTime() - current.at()) / 1_000_000_000);
                } finally {
                    reloading.set(false);
                }
            });
        }
        return current.value();
    }
}
