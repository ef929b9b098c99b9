package org.bulletinpipeline.testsupport;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.serialization.StringSerializer;

/** Where the tests' real broker is: {@code KAFKA_BOOTSTRAP_SERVERS}, as for the services, else the local one. */
public final class KafkaTestConfig {

    private KafkaTestConfig() {
    }

    public static String bootstrapServers() {
        String env = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        return env == null || env.isBlank() ? "localhost:9092" : env;
    }

    /**
     * Waits until the members of {@code groupId} together own every partition of {@code topic}. Test consumers start
     * at the end of their topics (a fresh group per run, {@code auto.offset.reset=latest}), so a record produced
     * before that moment would be skipped; producing after it is safe.
     */
    public static void awaitAssignment(String groupId, String topic, Duration timeout) {
        awaitAssignment(bootstrapServers(), groupId, topic, timeout);
    }

    /** {@link #awaitAssignment(String, String, Duration)} on the broker at {@code bootstrapServers}. */
    public static void awaitAssignment(String bootstrapServers, String groupId, String topic, Duration timeout) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                long owned = owned(admin, groupId, topic);
                if (owned == partitions) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("group " + groupId + " owns " + owned + " of " + partitions
                            + " partitions of " + topic);
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not describe group " + groupId, e.getCause());
        }
    }

    /**
     * Commits, for a group that has no members yet, the current end of every partition of {@code topic}: its first
     * consumer starts there instead of replaying the topic's history, and a consumer restarted after a crash still
     * resumes from a committed offset ({@code auto.offset.reset=latest} would skip what arrived while it was down).
     */
    public static void startGroupAtEnd(String groupId, String topic) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .forEach(p -> partitions.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
            admin.listOffsets(partitions).all().get()
                    .forEach((tp, info) -> ends.put(tp, new OffsetAndMetadata(info.offset())));
            admin.alterConsumerGroupOffsets(groupId, ends).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not position group " + groupId, e.getCause());
        }
    }

    /** Partitions of {@code topic} the group's members own; 0 while the group does not exist yet. */
    private static long owned(Admin admin, String groupId, String topic) throws InterruptedException,
            java.util.concurrent.ExecutionException {
        try {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(groupId)).all().get().get(groupId);
            return group.members().stream().flatMap(m -> m.assignment().topicPartitions().stream())
                    .filter(tp -> tp.topic().equals(topic)).distinct().count();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return 0;
            }
            throw e;
        }
    }

    /** Writes one record and waits for the broker's acknowledgement. */
    public static void produce(String topic, String key, String value) {
        produce(bootstrapServers(), topic, key, value);
    }

    /** {@link #produce(String, String, String)} on the broker at {@code bootstrapServers}. */
    public static void produce(String bootstrapServers, String topic, String key, String value) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(12 * 1024 * 1024));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not produce to " + topic, e.getCause());
        }
    }
}
