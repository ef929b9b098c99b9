package org.bulletinpipeline.nlp.event;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What goes to {@code bulletins.dlq}: the record that could not be processed, where it came from and why.
 * {@code payload} is the original value as text so an operator can replay it after a fix.
 */
// written by an ObjectMapper to Kafka, out of the native build's sight
@RegisterForReflection
public record DeadLetter(int schemaVersion, String bulletinId, String service, String sourceTopic, int partition,
                         long offset, String reason, Instant failedAt, String payload) {
}
