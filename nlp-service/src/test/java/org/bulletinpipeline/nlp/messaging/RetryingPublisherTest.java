package org.bulletinpipeline.nlp.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletionException;

import io.smallrye.mutiny.TimeoutException;

import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

/** Which failures of a publish are the broker's passing trouble, tried again, and which are for good. */
class RetryingPublisherTest {

    @Test
    void aBrokerThatCannotTakeTheRecordYetIsTriedAgain() {
        // what SmallRye's sink reports after the producer's delivery.timeout.ms: its own exception around Kafka's
        assertTrue(RetryingPublisher.isTransient(new IllegalStateException("Retries exhausted",
                new org.apache.kafka.common.errors.TimeoutException("Expiring 1 record(s)"))));
        assertTrue(RetryingPublisher.isTransient(new CompletionException(new NotEnoughReplicasException("isr 1"))));
        assertTrue(RetryingPublisher.isTransient(new TimeoutException()));
    }

    @Test
    void aRefusalNoAttemptChangesIsNotTriedAgain() {
        assertFalse(RetryingPublisher.isTransient(new RecordTooLargeException("13 MiB")));
        assertFalse(RetryingPublisher.isTransient(new CompletionException(
                new TopicAuthorizationException("articles.extracted"))));
        assertFalse(RetryingPublisher.isTransient(new IllegalStateException("event not serializable")));
    }
}
