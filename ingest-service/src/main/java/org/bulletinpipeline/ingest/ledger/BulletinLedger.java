package org.bulletinpipeline.ingest.ledger;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Which bulletins were already accepted, shared by every ingest replica through a compacted topic: each replica reads
 * the whole topic at start-up (not ready before it has), then keeps following it, so a bulletin accepted by another
 * replica a moment ago, or before a restart, is known here. Only ids and their positions stay in memory; the text is
 * fetched from the topic when an admin replays a bulletin.
 */
@ApplicationScoped
public class BulletinLedger {

    private static final Logger LOG = Logger.getLogger(BulletinLedger.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final Map<String, LedgerPosition> positions = new ConcurrentHashMap<>();
    private final Map<String, Object> kafka;
    private final String topic;
    private final ObjectMapper json;
    private volatile boolean caughtUp;
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> follower;
    private Thread thread;

    public BulletinLedger(@Identifier("default-kafka-broker") Map<String, Object> kafka, LedgerConfig config,
                          ObjectMapper json) {
        this.kafka = kafka;
        this.topic = config.topic();
        this.json = json;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = Thread.ofPlatform().name("bulletin-ledger").daemon().start(this::follow);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> consumer = follower;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            thread.join(Duration.ofSeconds(10));
        }
    }

    /** True once everything on the topic at start-up has been read; before that no duplicate can be ruled out. */
    public boolean ready() {
        return caughtUp;
    }

    public boolean contains(String bulletinId) {
        return positions.containsKey(bulletinId);
    }

    public int size() {
        return positions.size();
    }

    /** Called after this replica's own write was acknowledged, so it knows before its follower reads it back. */
    public void remember(String bulletinId, int partition, long offset) {
        positions.merge(bulletinId, new LedgerPosition(partition, offset), LedgerPosition::later);
    }

    /** The stored entry of a bulletin, read from its position on the topic. */
    public Optional<LedgerEntry> read(String bulletinId, Duration timeout) {
        LedgerPosition position = positions.get(bulletinId);
        if (position == null) {
            return Optional.empty();
        }
        TopicPartition partition = new TopicPartition(topic, position.partition());
        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(),
                new StringDeserializer())) {
            reader.assign(List.of(partition));
            reader.seek(partition, position.offset());
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : reader.poll(POLL)) {
                    if (record.offset() >= position.offset() && bulletinId.equals(record.key())) {
                        return Optional.of(json.readValue(record.value(), LedgerEntry.class));
                    }
                }
            }
            throw new KafkaException("ledger record of " + bulletinId + " not read within " + timeout);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ledger record of " + bulletinId + " is not a LedgerEntry", e);
        }
    }

    private void follow() {
        while (running) {
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(),
                    new ByteArrayDeserializer())) {
                follower = consumer;
                List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> startupEnd = new HashMap<>(consumer.endOffsets(partitions));
                while (running) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                        apply(record);
                    }
                    if (!caughtUp && startupEnd.entrySet().stream()
                            .allMatch(end -> consumer.position(end.getKey()) >= end.getValue())) {
                        caughtUp = true;
                        LOG.infof("ledger %s read: %d bulletins known", topic, positions.size());
                    }
                }
            } catch (WakeupException e) {
                return;
            } catch (KafkaException e) {
                LOG.warnf("ledger %s cannot be read (%s); retrying", topic, e.getMessage());
                pause();
            }
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            positions.remove(record.key());
        } else {
            remember(record.key(), record.partition(), record.offset());
        }
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = new HashMap<>(kafka);
        config.keySet().removeIf(key -> key.startsWith("group.") || key.startsWith("client.id"));
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 12 * 1024 * 1024);
        return config;
    }

    private void pause() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private record LedgerPosition(int partition, long offset) {

        LedgerPosition later(LedgerPosition other) {
            return other.offset > offset ? other : this;
        }
    }
}
