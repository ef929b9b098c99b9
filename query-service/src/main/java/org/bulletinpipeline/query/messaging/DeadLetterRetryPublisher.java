package org.bulletinpipeline.query.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Sends a dead letter's payload back to the topic it failed on. One channel serves every topic: the topic is set
 * per message, so the retry goes exactly where the letter says the record was read.
 */
@ApplicationScoped
public class DeadLetterRetryPublisher {

    private final MutinyEmitter<String> emitter;

    public DeadLetterRetryPublisher(@Channel("dead-letter-retries") MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    /**
     * Publishes {@code payload} to {@code topic} under {@code key} and returns once the broker acknowledged it;
     * throws when it did not within {@code timeout}.
     */
    public void publish(String topic, String key, String payload, Duration timeout) {
        Message<String> message = Message.of(payload).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic).withKey(key).build());
        emitter.sendMessage(message).await().atMost(timeout);
    }
}
