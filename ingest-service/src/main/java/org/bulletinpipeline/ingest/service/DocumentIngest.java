package org.bulletinpipeline.ingest.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.bulletinpipeline.contracts.event.BulletinSource;
import org.bulletinpipeline.contracts.event.ItemMetadata;
import org.bulletinpipeline.ingest.format.FormatItem;
import org.bulletinpipeline.ingest.format.NewsDocument;
import org.bulletinpipeline.ingest.format.NewsFormat;
import org.bulletinpipeline.ingest.refusal.InvalidBulletinException;

/**
 * Ingests a structured document in a known format: each story becomes a bulletin whose source and item metadata are
 * what the document said. A single story is answered like a text bulletin (and refused like one); a collection item
 * by item, one bad entry not sinking the feed.
 */
@ApplicationScoped
public class DocumentIngest {

    private final IngestService ingest;
    private final BatchIngest batch;
    private final IngestConfig config;

    public DocumentIngest(IngestService ingest, BatchIngest batch, IngestConfig config) {
        this.ingest = ingest;
        this.batch = batch;
        this.config = config;
    }

    /** What became of a document: one result for a single story, one per item for a collection. */
    public sealed interface Outcome {
        record Single(IngestResult result) implements Outcome {
        }

        record Items(List<ItemResult> results) implements Outcome {
        }
    }

    public Outcome ingest(NewsFormat format, byte[] document, String feed, String fileName) {
        if (document.length > config.maxRequestSize().asLongValue()) {
            throw new InvalidBulletinException(413, "request-too-large", "The document has " + document.length
                    + " bytes; at most " + config.maxRequestSize().asLongValue() + " are accepted at once.");
        }
        NewsDocument read = format.read(document);
        if (!read.collection() && read.items().size() == 1) {
            BatchItem.Item item = item(read.format(), read.items().getFirst(), feed, fileName);
            return new Outcome.Single(ingest.ingestItem(item.text(), item.source(), item.item()));
        }
        if (read.items().isEmpty()) {
            throw new InvalidBulletinException(400, "empty-bulletin", "The " + read.format() + " document has no item.");
        }
        List<BatchItem> items = new ArrayList<>(read.items().size());
        for (FormatItem story : read.items()) {
            items.add(item(read.format(), story, feed, fileName));
        }
        return new Outcome.Items(batch.ingest(items));
    }

    private static BatchItem.Item item(String format, FormatItem story, String feed, String fileName) {
        LocalDate publishedOn = story.publishedAt() == null ? null : story.publishedAt().toLocalDate();
        BulletinSource source = new BulletinSource(feed, story.publication(), publishedOn, null, fileName, story.url());
        return new BatchItem.Item(story.text(), source, new ItemMetadata(format, story.originalId(), story.headline(),
                story.byline(), story.dateline(), story.language(), story.publishedAt()));
    }
}
