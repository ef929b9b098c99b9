package org.bulletinpipeline.query.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bulletinpipeline.query.event.ArticleEvent;
import org.bulletinpipeline.query.event.DeadLetterEvent;
import org.bulletinpipeline.query.event.EventParser;
import org.bulletinpipeline.query.event.InvalidEventException;
import org.bulletinpipeline.query.repository.BulletinStore;
import org.bulletinpipeline.query.repository.DeadLetterRepository;
import org.bulletinpipeline.query.repository.DeadLetterRepository.DlqRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Follows the three topics into PostgreSQL. Each record is applied in one transaction before its offset is
 * committed, retried while the database is unreachable ({@link DatabaseRetry}); the store's upserts make a replay
 * after a crash harmless. Records that are not the promised event, or that PostgreSQL refuses for good, go to the
 * dead-letter topic with the reason instead of stopping the stream; only an unreachable database is waited for.
 */
@ApplicationScoped
public class EventConsumers {

    private static final Logger LOG = Logger.getLogger(EventConsumers.class);

    private final EventParser parser;
    private final BulletinStore store;
    private final DeadLetterPublisher deadLetters;
    private final DeadLetterRepository letters;
    private final DatabaseRetry retry;

    public EventConsumers(EventParser parser, BulletinStore store, DeadLetterPublisher deadLetters,
                          DeadLetterRepository letters, DatabaseRetry retry) {
        this.parser = parser;
        this.store = store;
        this.deadLetters = deadLetters;
        this.letters = letters;
        this.retry = retry;
    }

    @Incoming("articles-extracted")
    @Blocking
    public void article(ConsumerRecord<String, String> record) {
        retry.inTransaction(() -> applyArticle(record), refused -> refuse(record, refused));
    }

    @Incoming("bulletins-raw")
    @Blocking
    public void bulletin(ConsumerRecord<String, String> record) {
        retry.inTransaction(() -> applyBulletin(record), refused -> refuse(record, refused));
    }

    /**
     * A letter is never sent back to the topic it came from, which would loop: one the store refuses is stored
     * again as unreadable, its text made storable, and if even that is refused it is logged and passed over.
     */
    @Incoming("bulletins-dlq")
    @Blocking
    public void deadLetter(ConsumerRecord<String, String> record) {
        retry.inTransaction(() -> applyDeadLetter(record), refused -> retry.inTransaction(
                () -> letters.storeUnreadable(at(record), EventParser.storable("letter not stored as read: "
                        + DatabaseRetry.describe(refused)), EventParser.storable(record.value())),
                again -> LOG.errorf("dead letter at %s-%d@%d passed over, not storable: %s", record.topic(),
                        record.partition(), record.offset(), DatabaseRetry.describe(again))));
    }

    /** The record cannot be applied, now or ever: to the dead-letter topic with the reason, and on to the next. */
    private void refuse(ConsumerRecord<String, String> record, RuntimeException failure) {
        deadLetters.send(record, "not stored: " + DatabaseRetry.describe(failure));
    }

    private void applyArticle(ConsumerRecord<String, String> record) {
        ArticleEvent event;
        try {
            event = parser.article(record.value());
        } catch (InvalidEventException e) {
            deadLetters.send(record, e.getMessage());
            return;
        }
        MDC.put("bulletinId", event.bulletinId());
        try {
            store.article(event);
            LOG.debugf("stored article %s", event.articleId());
        } finally {
            MDC.remove("bulletinId");
        }
    }

    /**
     * A bulletin this service cannot read is dead-lettered here too, with its own reason: nlp-service may well have
     * extracted it (a NUL in its source, a date out of range), and only this letter says why it is not stored.
     */
    private void applyBulletin(ConsumerRecord<String, String> record) {
        try {
            store.received(parser.bulletin(record.value()));
        } catch (InvalidEventException e) {
            deadLetters.send(record, e.getMessage());
        }
    }

    /**
     * Stores every letter for the admin API, a replay of the topic storing nothing twice, and marks the bulletin it
     * names failed; both in one transaction. A letter that cannot be read is stored too, raw: the dead-letter topic
     * is where lost records would otherwise end.
     */
    private void applyDeadLetter(ConsumerRecord<String, String> record) {
        DlqRecord at = at(record);
        try {
            DeadLetterEvent letter = parser.deadLetter(record.value());
            letters.store(at, letter);
            // only letters naming a well-formed bulletin id change a bulletin's status
            if (letter.bulletinId() != null
                    && DeadLetterPublisher.BULLETIN_ID.matcher(letter.bulletinId()).matches()) {
                store.failed(letter);
            }
        } catch (InvalidEventException e) {
            LOG.warnf("unreadable dead letter at %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            letters.storeUnreadable(at, EventParser.storable("unreadable dead letter: " + e.getMessage()),
                    EventParser.storable(record.value()));
        }
    }

    private static DlqRecord at(ConsumerRecord<String, String> record) {
        return new DlqRecord(record.topic(), record.partition(), record.offset(),
                Instant.ofEpochMilli(record.timestamp()), EventParser.storable(record.key()));
    }
}
