package org.bulletinpipeline.nlp.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bulletinpipeline.contracts.EventSchema;
import org.bulletinpipeline.contracts.EventSchema.Event;
import org.bulletinpipeline.contracts.event.ArticleExtracted;
import org.bulletinpipeline.contracts.event.BulletinReceived;
import org.bulletinpipeline.nlp.event.DeadLetter;
import org.bulletinpipeline.nlp.service.ExtractionService;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Consumes {@code bulletins.raw}, publishes one ArticleExtracted per article on {@code articles.extracted}, and
 * sends what it cannot process to {@code bulletins.dlq} with the reason. The offset is committed only after every
 * article (or the dead letter) is acknowledged by the broker, so a crash replays the bulletin instead of losing it;
 * query-service applies the replay idempotently.
 *
 * <p>Both ends of the consumer hold to the contracts: a record that is not a valid BulletinReceived is not
 * extracted, and articles that are not valid ArticleExtracted events are not published.
 *
 * <p>Two kinds of failure are told apart. What goes wrong with the bulletin itself (it is not a bulletin, no article
 * is found, extraction throws, {@code StackOverflowError} included, its articles break their contract) sends it to the dead-letter topic and the
 * channel moves on to the next record. A broker that cannot take a publish for a while says nothing about the
 * bulletin: {@link RetryingPublisher} tries again until it can, and the bulletin is neither failed nor dead-lettered.
 */
@ApplicationScoped
public class BulletinConsumer {

    private static final Logger LOG = Logger.getLogger(BulletinConsumer.class);

    private final ExtractionService extraction;
    private final ObjectMapper json;
    private final RetryingPublisher publisher;
    private final MutinyEmitter<String> articles;
    private final MutinyEmitter<String> deadLetters;
    private final CompletedRecords completed = new CompletedRecords();

    public BulletinConsumer(ExtractionService extraction, ObjectMapper json, RetryingPublisher publisher,
                            @Channel("articles-extracted") MutinyEmitter<String> articles,
                            @Channel("bulletins-dlq") MutinyEmitter<String> deadLetters) {
        this.extraction = extraction;
        this.json = json;
        this.publisher = publisher;
        this.articles = articles;
        this.deadLetters = deadLetters;
    }

    @Incoming("bulletins-raw")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        if (completed.contains(record)) {
            LOG.infof("%s-%d@%d came back after a rebalance and was published before: not published again",
                    record.topic(), record.partition(), record.offset());
            return;
        }
        BulletinReceived bulletin;
        try {
            bulletin = parse(record.value());
        } catch (InvalidBulletinException e) {
            deadLetter(record, record.key(), e.getMessage());
            return;
        }
        MDC.put("bulletinId", bulletin.bulletinId());
        try {
            List<ArticleExtracted> extracted;
            try {
                extracted = extraction.extract(bulletin.bulletinId(), bulletin.text(), bulletin.source(),
                        bulletin.item()).articles();
            } catch (RuntimeException | Error e) {
                // an Error as well: a StackOverflowError thrown by one pathological text would otherwise fail the
                // channel, and after a restart the same record would fail it again
                LOG.errorf(e, "bulletin %s could not be extracted", bulletin.bulletinId());
                deadLetter(record, bulletin.bulletinId(), "extraction failed: " + e);
                return;
            }
            if (extracted.isEmpty()) {
                deadLetter(record, bulletin.bulletinId(), "no article found in the text");
                return;
            }
            String broken = violations(json, extracted);
            if (broken != null) {
                LOG.errorf("bulletin %s: %s", bulletin.bulletinId(), broken);
                deadLetter(record, bulletin.bulletinId(), broken);
                return;
            }
            try {
                for (ArticleExtracted article : extracted) {
                    publisher.publish(articles, bulletin.bulletinId(), article);
                }
            } catch (RetryingPublisher.PublishRefusedException e) {
                deadLetter(record, bulletin.bulletinId(), "the broker refused an article: " + e.getMessage());
                return;
            }
            completed.add(record);
            LOG.infof("bulletin %s: %d articles published", bulletin.bulletinId(), extracted.size());
        } finally {
            MDC.remove("bulletinId");
        }
    }

    /**
     * Binds the record to BulletinReceived once its contract (v1 or v2, by its {@code schemaVersion}) holds: what
     * ingest did not write never reaches extraction, and its dead letter names the violated properties.
     */
    private BulletinReceived parse(String value) throws InvalidBulletinException {
        if (value == null) {
            throw new InvalidBulletinException("empty record value");
        }
        JsonNode node;
        try {
            node = json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new InvalidBulletinException("not a BulletinReceived JSON document: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InvalidBulletinException("not a BulletinReceived JSON document: not an object");
        }
        EventSchema schema = EventSchema.of(Event.BULLETIN_RECEIVED, node.path("schemaVersion").asInt())
                .orElseThrow(() -> new InvalidBulletinException("unsupported schemaVersion, expected 1 or 2"));
        Set<String> violations = schema.violations(node);
        if (!violations.isEmpty()) {
            throw new InvalidBulletinException("not a valid BulletinReceived (" + schema.file() + "): "
                    + String.join("; ", violations));
        }
        BulletinReceived bulletin;
        try {
            bulletin = json.treeToValue(node, BulletinReceived.class);
        } catch (JsonProcessingException e) {
            throw new InvalidBulletinException("not a BulletinReceived JSON document: " + e.getOriginalMessage());
        }
        if (bulletin.text().isBlank()) {
            throw new InvalidBulletinException("text missing or blank");
        }
        return bulletin;
    }

    /**
     * The contract violations of the articles about to be published, each named by its ordinal; none for what
     * extraction is meant to write, so any is a defect the bulletin is dead-lettered with rather than sent on.
     */
    static String violations(ObjectMapper json, List<ArticleExtracted> articles) {
        EventSchema schema = EventSchema.latest(Event.ARTICLE_EXTRACTED);
        List<String> found = new ArrayList<>();
        for (ArticleExtracted article : articles) {
            Set<String> violations = schema.violations(json.<JsonNode>valueToTree(article));
            if (!violations.isEmpty()) {
                found.add("article " + article.ordinal() + ": " + String.join("; ", violations));
            }
        }
        return found.isEmpty() ? null : "extraction broke " + schema.file() + ": " + String.join(" | ", found);
    }

    private void deadLetter(ConsumerRecord<String, String> record, String bulletinId, String reason) {
        LOG.warnf("bulletin %s to the dead-letter topic: %s", bulletinId, reason);
        DeadLetter letter = new DeadLetter(1, bulletinId, "nlp-service", record.topic(), record.partition(),
                record.offset(), reason, Instant.now(), record.value());
        publisher.publish(deadLetters, bulletinId, letter);
        completed.add(record);
    }

    private static final class InvalidBulletinException extends Exception {
        InvalidBulletinException(String reason) {
            super(reason);
        }
    }
}
