package org.bulletinpipeline.ingest.messaging;

import java.time.Duration;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.TimeoutException;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.OutgoingMessageMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.bulletinpipeline.contracts.EventSchema;
import org.bulletinpipeline.contracts.event.BulletinReceived;
import org.bulletinpipeline.ingest.ledger.LedgerEntry;
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

    /**
     * Returns the record's position once Kafka acknowledged it; throws {@link BrokerUnavailableException} otherwise.
     * An event that breaks its contract is never sent: ingest wrote it, so that is a defect here, answered with a
     * 500 and logged, not a record for nlp-service to dead-letter.
     */
    public RecordMetadata publish(BulletinReceived event, Duration ackTimeout) {
        JsonNode value = json.valueToTree(event);
        EventSchema schema = EventSchema.latest(EventSchema.Event.BULLETIN_RECEIVED);
        Set<String> violations = schema.violations(value);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("bulletin " + event.bulletinId() + " breaks " + schema.file() + ": "
                    + String.join("; ", violations));
        }
        return send(raw, event.bulletinId(), value, ackTimeout);
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
