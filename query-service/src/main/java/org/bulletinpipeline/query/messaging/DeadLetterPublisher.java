package org.bulletinpipeline.query.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Sends a record this service cannot apply to {@code bulletins.dlq}, with the reason and the bulletin its key names,
 * and waits for the ack.
 */
@ApplicationScoped
public class DeadLetterPublisher {

    private static final Logger LOG = Logger.getLogger(DeadLetterPublisher.class);
    /** The shape of a bulletin id, as the producers key their records with it. */
    static final Pattern BULLETIN_ID = Pattern.compile("^[a-z0-9-]{8,80}$");

    private final MutinyEmitter<String> emitter;
    private final ObjectMapper json;

    public DeadLetterPublisher(@Channel("bulletins-dlq-out") MutinyEmitter<String> emitter, ObjectMapper json) {
        this.emitter = emitter;
        this.json = json;
    }

    public void send(ConsumerRecord<String, String> record, String reason) {
        LOG.warnf("record %s-%d@%d to the dead-letter topic: %s", record.topic(), record.partition(),
                record.offset(), reason);
        Map<String, Object> letter = new LinkedHashMap<>();
        letter.put("schemaVersion", 1);
        // records on both topics are keyed by their bulletin's id: the letter names that bulletin, so it is listed as
        // failed with this reason rather than missing, even when the record itself could not be read
        letter.put("bulletinId", record.key() != null && BULLETIN_ID.matcher(record.key()).matches()
                ? record.key() : null);
        letter.put("service", "query-service");
        letter.put("sourceTopic", record.topic());
        letter.put("partition", record.partition());
        letter.put("offset", record.offset());
        letter.put("reason", reason);
        letter.put("failedAt", Instant.now().toString());
        letter.put("payload", record.value());
        try {
            Message<String> message = Message.of(json.writeValueAsString(letter))
                    .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(record.key()).build());
            emitter.sendMessage(message).await().atMost(Duration.ofSeconds(60));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dead letter not serializable", e);
        }
    }
}
