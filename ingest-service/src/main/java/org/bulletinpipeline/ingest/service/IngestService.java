package org.bulletinpipeline.ingest.service;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.bulletinpipeline.contracts.event.BulletinReceived;
import org.bulletinpipeline.contracts.event.BulletinSource;
import org.bulletinpipeline.contracts.event.ItemMetadata;
import org.bulletinpipeline.ingest.encoding.DecodedText;
import org.bulletinpipeline.ingest.encoding.Refusal;
import org.bulletinpipeline.ingest.encoding.TextDecoder;
import org.bulletinpipeline.ingest.encoding.TextInspector;
import org.bulletinpipeline.ingest.encoding.UndecodableTextException;
import org.bulletinpipeline.ingest.ledger.BulletinLedger;
import org.bulletinpipeline.ingest.ledger.LedgerEntry;
import org.bulletinpipeline.ingest.messaging.BrokerUnavailableException;
import org.bulletinpipeline.ingest.messaging.BulletinPublisher;
import org.bulletinpipeline.ingest.refusal.InvalidBulletinException;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.bulletinpipeline.contracts.BulletinIds;

/**
 * Decodes and checks a bulletin, gives it its deterministic id, and hands it durably to Kafka unless it is already
 * there. The order of the two writes matters: {@code bulletins.raw} first, then the ledger. A crash between them
 * leaves a bulletin that downstream has but the ledger does not, so a retry publishes it once more (the consumers are
 * idempotent); the other order could mark as known a bulletin that never reached {@code bulletins.raw}.
 */
@ApplicationScoped
public class IngestService {

    private static final Logger LOG = Logger.getLogger(IngestService.class);

    private final BulletinPublisher publisher;
    private final BulletinLedger ledger;
    private final IngestConfig config;
    private final IngestMetrics metrics;
    private final TextDecoder decoder = new TextDecoder();
    private final TextInspector inspector = new TextInspector();
    private final Semaphore inFlight;
    /** Bulletins being written right now, so that the same page posted twice at once is written once. */
    private final Map<String, CompletableFuture<Void>> writing = new ConcurrentHashMap<>();

    public IngestService(BulletinPublisher publisher, BulletinLedger ledger, IngestConfig config,
                         IngestMetrics metrics) {
        this.publisher = publisher;
        this.ledger = ledger;
        this.config = config;
        this.metrics = metrics;
        this.inFlight = new Semaphore(config.maxInFlight());
        metrics.watchInFlight(inFlight, config.maxInFlight());
    }

    /** A bulletin as bytes: a text/plain body, an uploaded file, a file from the watched folder. */
    public IngestResult ingestBytes(byte[] bytes, String declaredCharset, BulletinSource source) {
        return counted(source.feed(), () -> {
            if (bytes.length > config.maxBulletinSize().asLongValue()) {
                throw tooLarge(bytes.length);
            }
            DecodedText decoded;
            try {
                decoded = decoder.decode(bytes, declaredCharset);
            } catch (UndecodableTextException e) {
                throw new InvalidBulletinException(e.unsupportedCharset() ? 415 : 422, e.refusal().type(),
                        e.refusal().detail());
            }
            return accept(decoded.text(), source, null);
        });
    }

    /** A bulletin already as text: the JSON and NDJSON forms. */
    public IngestResult ingestText(String text, BulletinSource source) {
        return counted(source.feed(), () -> accept(text, source, null));
    }

    /**
     * A story read from a structured document (feed, NITF, NewsML-G2, ninjs). Its id comes from the item's own id
     * when it has one, so the same item sent again is a duplicate even if its text was touched up in between.
     */
    public IngestResult ingestItem(String text, BulletinSource source, ItemMetadata item) {
        return counted(source.feed(), () -> accept(text, source, item));
    }

    /**
     * Publishes the stored text of an accepted bulletin again, as it was first received, for reprocessing. The entry
     * is checked again as a new bulletin would be: the ledger keeps what was accepted before a rule existed (a NUL in
     * {@code source.publication} was accepted until ingest refused it), and republishing that would put a record on
     * {@code bulletins.raw} that no POST could.
     */
    public IngestResult reprocess(String bulletinId) {
        LedgerEntry entry = ledger.read(bulletinId, config.ackTimeout())
                .orElseThrow(() -> new UnknownBulletinException(bulletinId));
        Optional<Refusal> refusal = entry.text() == null || entry.text().isBlank()
                ? Optional.of(new Refusal("empty-bulletin", "The stored text is empty or blank."))
                : inspector.inspect(entry.text());
        if (refusal.isPresent()) {
            throw new InvalidBulletinException(422, refusal.get().type(), "Bulletin " + bulletinId
                    + " is not republished: " + refusal.get().detail());
        }
        FieldValidator.check(entry.source());
        FieldValidator.checkItem(entry.item());
        withPermit(() -> publisher.publish(new BulletinReceived(BulletinReceived.SCHEMA_VERSION, bulletinId,
                Instant.now(), entry.source(), entry.item(), entry.text()), config.ackTimeout()));
        LOG.infof("bulletin %s republished for reprocessing", bulletinId);
        return new IngestResult(bulletinId, false);
    }

    private IngestResult accept(String received, BulletinSource source, ItemMetadata item) {
        String text = received == null ? null : stripByteOrderMark(received);
        if (text == null || text.isBlank()) {
            throw new InvalidBulletinException(400, "empty-bulletin", "The bulletin text is empty or blank.");
        }
        long size = text.getBytes(StandardCharsets.UTF_8).length;
        if (size > config.maxBulletinSize().asLongValue()) {
            throw tooLarge(size);
        }
        Optional<Refusal> refusal = inspector.inspect(text);
        if (refusal.isPresent()) {
            throw new InvalidBulletinException(422, refusal.get().type(), refusal.get().detail());
        }
        FieldValidator.check(source);
        FieldValidator.checkItem(item);
        if (!ledger.ready()) {
            throw new OverloadedException("not-ready", "The list of known bulletins is still being read; retry shortly.");
        }
        String id = item != null && item.originalId() != null ? BulletinIds.ofItem(item.originalId())
                : BulletinIds.of(text);
        MDC.put("bulletinId", id);
        try {
            return writeOnce(id, text, source, item);
        } finally {
            MDC.remove("bulletinId");
        }
    }

    private IngestResult writeOnce(String id, String text, BulletinSource source, ItemMetadata item) {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> earlier = writing.putIfAbsent(id, mine);
        if (earlier != null) {
            awaitEarlierWrite(id, earlier);
            return new IngestResult(id, true);
        }
        try {
            if (ledger.contains(id)) {
                mine.complete(null);
                LOG.infof("bulletin %s from feed %s is a duplicate; nothing published", id, source.feed());
                return new IngestResult(id, true);
            }
            withPermit(() -> write(id, text, source, item));
            mine.complete(null);
            LOG.infof("bulletin %s accepted from feed %s (%d chars)", id, source.feed(), text.length());
            return new IngestResult(id, false);
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            writing.remove(id, mine);
        }
    }

    private void write(String id, String text, BulletinSource source, ItemMetadata item) {
        long start = System.nanoTime();
        long deadline = start + config.ackTimeout().toNanos();
        Instant receivedAt = Instant.now();
        publisher.publish(new BulletinReceived(BulletinReceived.SCHEMA_VERSION, id, receivedAt, source, item, text),
                Duration.ofNanos(deadline - System.nanoTime()));
        RecordMetadata position = publisher.record(new LedgerEntry(id, receivedAt, source, item, text),
                Duration.ofNanos(deadline - System.nanoTime()));
        metrics.acknowledged(Duration.ofNanos(System.nanoTime() - start));
        if (position != null) {
            ledger.remember(id, position.partition(), position.offset());
        }
    }

    private void awaitEarlierWrite(String id, CompletableFuture<Void> earlier) {
        try {
            earlier.get(config.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new BrokerUnavailableException("the same bulletin " + id + " was being written and that failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException("interrupted while bulletin " + id + " was being written", e);
        }
    }

    private void withPermit(Runnable publishing) {
        if (!inFlight.tryAcquire()) {
            throw new OverloadedException("overloaded", "Too many bulletins are waiting for the broker; retry shortly.");
        }
        try {
            publishing.run();
        } finally {
            inFlight.release();
        }
    }

    private IngestResult counted(String feed, Supplier<IngestResult> ingest) {
        try {
            IngestResult result = ingest.get();
            metrics.outcome(feed, result.duplicate() ? "duplicate" : "accepted", "none");
            return result;
        } catch (InvalidBulletinException e) {
            metrics.outcome(feed, "refused", e.problemType());
            throw e;
        } catch (BrokerUnavailableException e) {
            metrics.outcome(feed, "unavailable", "broker-unavailable");
            throw e;
        } catch (OverloadedException e) {
            metrics.outcome(feed, "unavailable", e.problemType());
            throw e;
        }
    }

    private InvalidBulletinException tooLarge(long size) {
        return new InvalidBulletinException(413, "bulletin-too-large", "The bulletin has " + size
                + " bytes; at most " + config.maxBulletinSize().asLongValue() + " are accepted.");
    }

    private static String stripByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
