package org.bulletinpipeline.nlp.observability;

/** Message metadata: when the connector handed the record to the consumer, in {@link System#nanoTime()}. */
record ReceivedAt(long nanos) {
}
