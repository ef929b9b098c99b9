package org.bulletinpipeline.ingest.rest;

import java.util.List;

import org.bulletinpipeline.ingest.service.ItemResult;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Answer to a batch (NDJSON or multipart): counts per outcome and one result per item, in the order sent. */
// sent as a Response entity, which the native build cannot see the type of
@RegisterForReflection
public record BatchResponse(long accepted, long duplicates, long refused, long unavailable, List<ItemResult> items) {

    static BatchResponse of(List<ItemResult> items) {
        return new BatchResponse(count(items, ItemResult.ACCEPTED), count(items, ItemResult.DUPLICATE),
                count(items, ItemResult.REFUSED), count(items, ItemResult.UNAVAILABLE), items);
    }

    private static long count(List<ItemResult> items, String outcome) {
        return items.stream().filter(item -> item.outcome().equals(outcome)).count();
    }
}
