package org.bulletinpipeline.ingest.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.TimeoutException;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.OutgoingMessageMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.bulletinpipeline.ingest.event.BulletinReceived;
import org.bulletinpipeline.ingest.ledger.LedgerEntry;
import org.bulletinpipeline.ingest.service.BrokerUnavailableException;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Writes BulletinReceived events to {@code bulletins.raw} and ledger entries to the ledger topic, both keyed by
 * bulletinId, and waits for the broker's ack (acks=all) no longer than the caller allows.
 */
@ApplicationScoped
public class BulletinPublisher {

    private final MutinyEmitter<String> raw;
    private final MutinyEmitter<String> ledger;
    private final ObjectMapper json;

    public BulletinPublisher(@Channel("bulletins-raw") MutinyEmitter<String> raw,
                             @Channel("bulletins-ingested") MutinyEmitter<String> ledger, ObjectMapper json) {
        this.raw = raw;
        this.ledger = ledger;
        this.json = json;
    }

    /** Returns the record's position once Kafka acknowledged it; throws {@link BrokerUnavailableException} otherwise. */
    public RecordMetadata publish(BulletinReceived event, Duration ackTimeout) {
        return send(raw, event.bulletinId(), event, ackTimeout);
    }

    public RecordMetadata record(LedgerEntry entry, Duration ackTimeout) {
        return send(ledger, entry.bulletinId(), entry, ackTimeout);
    }

    private RecordMetadata send(MutinyEmitter<String> emitter, String key, Object value, Duration ackTimeout) {
        String serialized;
        try {
            serialized = json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event not serializable", e);
        }
        OutgoingMessageMetadata<RecordMetadata> written = new OutgoingMessageMetadata<>();
        Message<String> message = Message.of(serialized)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build())
                .addMetadata(written);
        if (ackTimeout.isNegative() || ackTimeout.isZero()) {
            throw new BrokerUnavailableException("no time left to wait for Kafka's acknowledgement of " + key, null);
        }
        try {
            emitter.sendMessage(message).await().atMost(ackTimeout);
        } catch (TimeoutException e) {
            throw new BrokerUnavailableException("Kafka did not acknowledge " + key + " within "
                    + ackTimeout.toMillis() + " ms", e);
        } catch (RuntimeException e) {
            throw new BrokerUnavailableException("Kafka refused " + key + ": " + e.getMessage(), e);
        }
        return written.getResult();
    }
}
