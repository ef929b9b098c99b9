package org.bulletinpipeline.query.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import org.bulletinpipeline.query.messaging.DeadLetterRetryPublisher;
import org.bulletinpipeline.query.event.EventParser;
import org.bulletinpipeline.query.event.InvalidEventException;
import org.bulletinpipeline.query.repository.DeadLetterRepository;
import org.bulletinpipeline.query.search.BadQueryException;
import org.bulletinpipeline.query.view.DeadLetterViews.DeadLetterDetail;
import org.bulletinpipeline.query.view.DeadLetterViews.DeadLetterFilter;
import org.bulletinpipeline.query.view.DeadLetterViews.DeadLetterPage;
import org.bulletinpipeline.query.view.DeadLetterViews.DeadLetterSummary;
import org.bulletinpipeline.query.view.DeadLetterViews.RetryAccepted;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/** What an operator does with dead letters: look through them and send one back once its cause is fixed. */
@ApplicationScoped
public class DeadLetterAdmin {

    private static final Logger LOG = Logger.getLogger(DeadLetterAdmin.class);

    private final DeadLetterRepository repository;
    private final DeadLetterRetryPublisher publisher;
    private final DeadLetterConfig config;
    private final SearchCriteriaParser parser;
    private final EventParser events;
    private final String bulletinsTopic;
    private final String articlesTopic;

    public DeadLetterAdmin(DeadLetterRepository repository, DeadLetterRetryPublisher publisher,
                           DeadLetterConfig config, SearchCriteriaParser parser, EventParser events,
                           @ConfigProperty(name = "mp.messaging.incoming.bulletins-raw.topic") String bulletinsTopic,
                           @ConfigProperty(name = "mp.messaging.incoming.articles-extracted.topic")
                           String articlesTopic) {
        this.repository = repository;
        this.publisher = publisher;
        this.config = config;
        this.parser = parser;
        this.events = events;
        this.bulletinsTopic = bulletinsTopic;
        this.articlesTopic = articlesTopic;
    }

    public DeadLetterPage list(DeadLetterFilter filter, String before, String limit) {
        int size = parser.limit(limit, config.defaultLimit());
        // one more than asked says whether there is a next page without a count
        List<DeadLetterSummary> rows = repository.list(filter, before(before), size + 1);
        if (rows.size() <= size) {
            return new DeadLetterPage(rows, null);
        }
        List<DeadLetterSummary> page = rows.subList(0, size);
        return new DeadLetterPage(List.copyOf(page), page.get(size - 1).id());
    }

    public DeadLetterDetail letter(long id) {
        return repository.find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * Publishes the letter's payload to its source topic, keyed by its bulletin (else by the letter's own key, which
     * the dead-letter producers copy from the failed record), and counts the retry once the broker acknowledged it.
     * The consumers downstream are idempotent, so a retry of a record that meanwhile went through changes nothing.
     * The payload is read first as the consumers of that topic will read it, a bulletin's source as ingest accepts
     * it: a retry is for letters whose cause was fixed elsewhere, and one the consumers would refuse again (a NUL
     * in {@code source.publication}) must not reach the topic by this side door.
     */
    public RetryAccepted retry(long id) {
        DeadLetterDetail letter = letter(id);
        String topic = letter.sourceTopic();
        if (topic == null || !config.retryTopics().contains(topic)) {
            throw new DeadLetterNotRetryableException("Dead letter " + id + " came from "
                    + (topic == null ? "no named topic" : "topic " + topic) + "; only letters from "
                    + String.join(", ", config.retryTopics().stream().sorted().toList()) + " can be sent back.");
        }
        if (letter.payload() == null) {
            throw new DeadLetterNotRetryableException("Dead letter " + id + " carries no payload to send back.");
        }
        requireReadable(id, topic, letter.payload());
        String key = letter.bulletinId() != null ? letter.bulletinId() : letter.key();
        if (key != null) {
            MDC.put("bulletinId", key);
        }
        try {
            try {
                publisher.publish(topic, key, letter.payload(), config.retryAckTimeout());
            } catch (RuntimeException e) {
                throw new BrokerUnavailableException("The broker did not acknowledge the retry of dead letter " + id
                        + " to " + topic + " within " + config.retryAckTimeout().toSeconds() + " s: "
                        + e.getMessage(), e);
            }
            Instant retriedAt = Instant.now();
            // the letter was read above and rows are never deleted, so the update finds it
            int count = repository.markRetried(id, retriedAt).orElse(letter.retryCount() + 1);
            LOG.infof("dead letter %d sent back to %s (retry %d)", id, topic, count);
            return new RetryAccepted(id, topic, retriedAt, count);
        } finally {
            MDC.remove("bulletinId");
        }
    }

    private void requireReadable(long id, String topic, String payload) {
        try {
            if (topic.equals(bulletinsTopic)) {
                events.bulletinAsIngestAcceptsIt(payload);
            } else if (topic.equals(articlesTopic)) {
                events.article(payload);
            } else {
                throw new DeadLetterNotRetryableException("Dead letter " + id + " came from topic " + topic
                        + ", whose events this service cannot check before sending them back.");
            }
        } catch (InvalidEventException e) {
            throw new InvalidLetterPayloadException("Dead letter " + id + " is not sent back to " + topic
                    + ": its payload would be refused again (" + e.getMessage() + ").");
        }
    }

    private static Long before(String before) {
        if (before == null || before.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(before.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below like a non-positive id
        }
        throw new BadQueryException("invalid-before", "before must be the id of a dead letter (a positive number), "
                + "as given in nextBefore.");
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No dead letter " + id + " is known.");
    }
}
