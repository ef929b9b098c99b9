package org.bulletinpipeline.ingest.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.bulletinpipeline.ingest.event.BulletinReceived;
import org.bulletinpipeline.ingest.event.BulletinSource;
import org.bulletinpipeline.ingest.messaging.BulletinPublisher;
import org.jboss.logging.Logger;

/** Validates a bulletin, gives it its deterministic id and hands it durably to Kafka. */
@ApplicationScoped
public class IngestService {

    private static final Logger LOG = Logger.getLogger(IngestService.class);

    private final BulletinPublisher publisher;
    private final IngestConfig config;

    public IngestService(BulletinPublisher publisher, IngestConfig config) {
        this.publisher = publisher;
        this.config = config;
    }

    public IngestResult ingest(String text, BulletinSource source) {
        if (text == null || text.isBlank()) {
            throw new InvalidBulletinException(400, "empty-bulletin", "The bulletin text is empty or blank.");
        }
        String id = BulletinIds.of(text);
        publisher.publish(new BulletinReceived(BulletinReceived.SCHEMA_VERSION, id, Instant.now(), source, text),
                config.ackTimeout());
        LOG.infof("bulletin %s accepted from feed %s (%d chars)", id, source.feed(), text.length());
        return new IngestResult(id, false);
    }

    public record IngestResult(String bulletinId, boolean duplicate) {
    }
}
