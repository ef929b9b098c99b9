package org.bulletinpipeline.nlp.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The bulletins.raw records this instance published everything for, by topic, partition and offset. A broker that
 * restarts while a bulletin is in hand can cost the consumer its partitions; they come back with the offset last
 * committed, before that bulletin, and the same record is delivered again. Recognizing it keeps its articles from
 * going out twice. A record delivered to another instance is not known there and is published again: query-service
 * applies it idempotently by article id.
 */
final class CompletedRecords {

    // offsets of one partition arrive in order, so the newest few thousand cover any redelivery after a rebalance
    private static final int CAPACITY = 10_000;

    private final Map<String, Boolean> recent = new LinkedHashMap<>(CAPACITY * 4 / 3 + 1, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized boolean contains(ConsumerRecord<?, ?> record) {
        return recent.containsKey(coordinates(record));
    }

    synchronized void add(ConsumerRecord<?, ?> record) {
        recent.put(coordinates(record), Boolean.TRUE);
    }

    private static String coordinates(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
