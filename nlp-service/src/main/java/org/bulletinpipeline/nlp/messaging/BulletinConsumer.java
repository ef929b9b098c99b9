package org.bulletinpipeline.nlp.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bulletinpipeline.nlp.event.ArticleExtracted;
import org.bulletinpipeline.nlp.event.BulletinReceived;
import org.bulletinpipeline.nlp.event.DeadLetter;
import org.bulletinpipeline.nlp.service.ExtractionService;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Consumes {@code bulletins.raw}, publishes one ArticleExtracted per article on {@code articles.extracted}, and
 * sends what it cannot process to {@code bulletins.dlq} with the reason. The offset is committed only after every
 * article (or the dead letter) is acknowledged by the broker, so a crash replays the bulletin instead of losing it;
 * query-service applies the replay idempotently.
 */
@ApplicationScoped
public class BulletinConsumer {

    private static final Logger LOG = Logger.getLogger(BulletinConsumer.class);
    private static final Pattern BULLETIN_ID = Pattern.compile("^[a-z0-9-]{8,80}$");
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);

    private final ExtractionService extraction;
    private final ObjectMapper json;
    private final MutinyEmitter<String> articles;
    private final MutinyEmitter<String> deadLetters;

    public BulletinConsumer(ExtractionService extraction, ObjectMapper json,
                            @Channel("articles-extracted") MutinyEmitter<String> articles,
                            @Channel("bulletins-dlq") MutinyEmitter<String> deadLetters) {
        this.extraction = extraction;
        this.json = json;
        this.articles = articles;
        this.deadLetters = deadLetters;
    }

    @Incoming("bulletins-raw")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        BulletinReceived bulletin;
        try {
            bulletin = parse(record.value());
        } catch (InvalidBulletinException e) {
            deadLetter(record, record.key(), e.getMessage());
            return;
        }
        MDC.put("bulletinId", bulletin.bulletinId());
        try {
            List<ArticleExtracted> extracted = extraction.extract(bulletin.bulletinId(), bulletin.text(),
                    bulletin.source(), bulletin.item()).articles();
            if (extracted.isEmpty()) {
                deadLetter(record, bulletin.bulletinId(), "no article found in the text");
                return;
            }
            for (ArticleExtracted article : extracted) {
                send(articles, bulletin.bulletinId(), article);
            }
            LOG.infof("bulletin %s: %d articles published", bulletin.bulletinId(), extracted.size());
        } catch (RuntimeException e) {
            LOG.errorf(e, "bulletin %s could not be extracted", bulletin.bulletinId());
            deadLetter(record, bulletin.bulletinId(), "extraction failed: " + e);
        } finally {
            MDC.remove("bulletinId");
        }
    }

    private BulletinReceived parse(String value) throws InvalidBulletinException {
        if (value == null) {
            throw new InvalidBulletinException("empty record value");
        }
        BulletinReceived bulletin;
        try {
            bulletin = json.readValue(value, BulletinReceived.class);
        } catch (JsonProcessingException e) {
            throw new InvalidBulletinException("not a BulletinReceived JSON document: " + e.getOriginalMessage());
        }
        if (bulletin == null || bulletin.schemaVersion() != 1 && bulletin.schemaVersion() != 2) {
            throw new InvalidBulletinException("unsupported schemaVersion, expected 1 or 2");
        }
        if (bulletin.bulletinId() == null || !BULLETIN_ID.matcher(bulletin.bulletinId()).matches()) {
            throw new InvalidBulletinException("bulletinId missing or not matching " + BULLETIN_ID.pattern());
        }
        if (bulletin.text() == null || bulletin.text().isBlank()) {
            throw new InvalidBulletinException("text missing or blank");
        }
        return bulletin;
    }

    private void deadLetter(ConsumerRecord<String, String> record, String bulletinId, String reason) {
        LOG.warnf("bulletin %s to the dead-letter topic: %s", bulletinId, reason);
        DeadLetter letter = new DeadLetter(1, bulletinId, "nlp-service", record.topic(), record.partition(),
                record.offset(), reason, Instant.now(), record.value());
        send(deadLetters, bulletinId, letter);
    }

    private void send(MutinyEmitter<String> emitter, String key, Object event) {
        String value;
        try {
            value = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event not serializable", e);
        }
        Message<String> message = Message.of(value)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build());
        emitter.sendMessage(message).await().atMost(SEND_TIMEOUT);
    }

    private static final class InvalidBulletinException extends Exception {
        InvalidBulletinException(String reason) {
            super(reason);
        }
    }
}
