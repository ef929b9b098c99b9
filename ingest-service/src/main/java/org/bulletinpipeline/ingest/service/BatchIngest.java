package org.bulletinpipeline.ingest.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.bulletinpipeline.ingest.messaging.BrokerUnavailableException;
import org.bulletinpipeline.ingest.refusal.InvalidBulletinException;

/**
 * Ingests the items of a batch one by one, so one bad file does not sink the others. Once the broker fails to
 * acknowledge an item the rest are not tried: each would wait out the same timeout, and the client is told to send
 * them again anyway.
 */
@ApplicationScoped
public class BatchIngest {

    private final IngestService ingest;

    public BatchIngest(IngestService ingest) {
        this.ingest = ingest;
    }

    public List<ItemResult> ingest(List<BatchItem> items) {
        List<ItemResult> results = new ArrayList<>(items.size());
        String unavailable = null;
        for (int index = 0; index < items.size(); index++) {
            BatchItem item = items.get(index);
            if (unavailable != null) {
                results.add(new ItemResult(index, item.fileName(), ItemResult.UNAVAILABLE, null, 503, unavailable,
                        "Not tried: an earlier item of this batch was not acknowledged."));
                continue;
            }
            try {
                IngestResult result = switch (item) {
                    case BatchItem.Text text -> ingest.ingestText(text.text(), text.source());
                    case BatchItem.Item story -> ingest.ingestItem(story.text(), story.source(), story.item());
                    case BatchItem.Bytes bytes -> ingest.ingestBytes(bytes.bytes(), bytes.declaredCharset(),
                            bytes.source());
                    case BatchItem.Refused refused -> throw new InvalidBulletinException(refused.status(),
                            refused.problemType(), refused.detail());
                };
                results.add(new ItemResult(index, item.fileName(),
                        result.duplicate() ? ItemResult.DUPLICATE : ItemResult.ACCEPTED, result.bulletinId(), null,
                        null, null));
            } catch (InvalidBulletinException e) {
                results.add(new ItemResult(index, item.fileName(), ItemResult.REFUSED, null, e.status(),
                        e.problemType(), e.getMessage()));
            } catch (BrokerUnavailableException e) {
                unavailable = "broker-unavailable";
                results.add(new ItemResult(index, item.fileName(), ItemResult.UNAVAILABLE, null, 503, unavailable,
                        "The message broker did not confirm the write; send it again."));
            } catch (OverloadedException e) {
                unavailable = e.problemType();
                results.add(new ItemResult(index, item.fileName(), ItemResult.UNAVAILABLE, null, 503, unavailable,
                        e.getMessage()));
            }
        }
        return results;
    }
}
