package org.bulletinpipeline.nlp.messaging.outage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * A producer interceptor on nlp-service's articles.extracted producer that takes the broker away in the middle of
 * a bulletin: when the second article of a bulletin the test armed (a file {@code armed-<bulletinId>} in the
 * broker's directory) is about to be sent, the broker is stopped, and it is started again {@link #OUTAGE} later.
 * The first article is on the broker by then, since the consumer waits for each acknowledgement in turn.
 * When the broker is back, {@code outage-<bulletinId>} holds the instants it went down and came back.
 */
public class OutageMidBulletin implements ProducerInterceptor<String, String> {

    public static final String BROKER_DIR = "outage.broker.dir";
    public static final String BROKER_PORT = "outage.broker.port";
    public static final String CONTROLLER_PORT = "outage.controller.port";
    public static final Duration OUTAGE = Duration.ofSeconds(20);

    private StoppableBroker broker;
    private final java.util.Map<String, Integer> articlesSeen = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void configure(Map<String, ?> configs) {
        broker = new StoppableBroker(Path.of(configs.get(BROKER_DIR).toString()),
                Integer.parseInt(configs.get(BROKER_PORT).toString()),
                Integer.parseInt(configs.get(CONTROLLER_PORT).toString()));
    }

    @Override
    public ProducerRecord<String, String> onSend(ProducerRecord<String, String> record) {
        Path armed = broker.dir().resolve("armed-" + record.key());
        if (record.key() != null && Files.exists(armed) && articlesSeen.merge(record.key(), 1, Integer::sum) == 2) {
            try {
                Files.delete(armed);
                Instant down = Instant.now();
                broker.stop();
                Thread.ofPlatform().daemon().name("broker-outage").start(() -> restartAfterOutage(record.key(), down));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return record;
    }

    private void restartAfterOutage(String key, Instant down) {
        try {
            // the outage itself: the length of time the broker is away, not a wait for something to happen
            Thread.sleep(OUTAGE);
            broker.start();
            Files.writeString(broker.dir().resolve("outage-" + key), down + " " + Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
        // the test reads the outcome from the topics
    }

    @Override
    public void close() {
        // the broker outlives the producer; the test resource stops it
    }
}
