package org.bulletinpipeline.ingest.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import org.bulletinpipeline.ingest.event.BulletinReceived;
import org.bulletinpipeline.ingest.service.BrokerUnavailableException;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Writes BulletinReceived events to {@code bulletins.raw}, keyed by bulletinId, and waits for the broker's ack. */
@ApplicationScoped
public class BulletinPublisher {

    private final MutinyEmitter<String> emitter;
    private final ObjectMapper json;

    public BulletinPublisher(@Channel("bulletins-raw") MutinyEmitter<String> emitter, ObjectMapper json) {
        this.emitter = emitter;
        this.json = json;
    }

    /** Returns once Kafka acknowledged (acks=all); throws {@link BrokerUnavailableException} otherwise. */
    public void publish(BulletinReceived event, Duration ackTimeout) {
        String value;
        try {
            value = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event not serializable", e);
        }
        Message<String> message = Message.of(value)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.bulletinId()).build());
        try {
            emitter.sendMessage(message).await().atMost(ackTimeout);
        } catch (RuntimeException e) {
            throw new BrokerUnavailableException("Kafka did not acknowledge bulletin " + event.bulletinId()
                    + " within " + ackTimeout.toSeconds() + "s", e);
        }
    }
}
