package org.bulletinpipeline.nlp.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.TimeoutException;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import org.apache.kafka.common.errors.RetriableException;
import org.bulletinpipeline.nlp.observability.PipelineMeters;
import org.bulletinpipeline.nlp.service.NlpConfig;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes one keyed event and waits for the broker's acknowledgement, trying again for as long as the broker
 * cannot take it. A broker that is restarting, electing a partition leader or short of in-sync replicas fails a
 * send with a {@link RetriableException} once the producer's {@code delivery.timeout.ms} is spent; that says nothing
 * about the bulletin, so the bulletin is held (its offset is not committed) until the broker is back. Each attempt
 * sends the same key and value: an article's id is derived from its bulletin's id and its position, so even a record
 * that reached the broker unacknowledged is applied once by query-service.
 */
@ApplicationScoped
public class RetryingPublisher {

    private static final Logger LOG = Logger.getLogger(RetryingPublisher.class);

    private final ObjectMapper json;
    private final NlpConfig.PublishRetry retry;
    private final PipelineMeters meters;

    public RetryingPublisher(ObjectMapper json, NlpConfig config, PipelineMeters meters) {
        this.json = json;
        this.retry = config.publishRetry();
        this.meters = meters;
    }

    /**
     * @throws PublishRefusedException when the broker refuses the record for good (larger than it accepts, a topic
     *         the service may not write): sending it again would fail the same way
     */
    public void publish(MutinyEmitter<String> emitter, String key, Object event) {
        Message<String> message = Message.of(serialize(event))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build());
        Duration backoff = retry.initialBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                emitter.sendMessage(message).await().atMost(retry.attemptTimeout());
                return;
            } catch (RuntimeException e) {
                if (!isTransient(e)) {
                    throw new PublishRefusedException(e);
                }
                meters.publishRetried();
                LOG.warnf("publish of key %s failed (attempt %d: %s); trying again in %s", key, attempt, e, backoff);
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(retry.maxBackoff()) > 0
                        ? retry.maxBackoff() : backoff.multipliedBy(2);
            }
        }
    }

    /** Kafka's retriable errors anywhere in the chain, or no acknowledgement within the attempt's time. */
    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RetriableException || t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private String serialize(Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event not serializable", e);
        }
    }

    private static void pause(Duration backoff) {
        try {
            Thread.sleep(backoff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to publish again", e);
        }
    }

    /** The broker refused a record in a way a later attempt would not change. */
    public static final class PublishRefusedException extends RuntimeException {
        PublishRefusedException(Throwable cause) {
            super(cause.toString(), cause);
        }
    }
}
