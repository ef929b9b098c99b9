package org.bulletinpipeline.nlp.observability;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.IncomingInterceptor;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Times each bulletins.raw record from its arrival to its acknowledgement; the consumer acknowledges only once every
 * article (or the dead letter) is on the broker, so this is the time one bulletin holds a consumer.
 */
@ApplicationScoped
@Identifier("bulletins-raw")
public class BulletinTimingInterceptor implements IncomingInterceptor {

    private final PipelineMeters meters;

    public BulletinTimingInterceptor(PipelineMeters meters) {
        this.meters = meters;
    }

    @Override
    public Message<?> afterMessageReceive(Message<?> message) {
        meters.received(key(message));
        return message.addMetadata(new ReceivedAt(System.nanoTime()));
    }

    @Override
    public void onMessageAck(Message<?> message) {
        finished(message, false);
    }

    @Override
    public void onMessageNack(Message<?> message, Throwable failure) {
        finished(message, true);
    }

    private void finished(Message<?> message, boolean failed) {
        Optional<ReceivedAt> receivedAt = message.getMetadata(ReceivedAt.class);
        Duration took = receivedAt.map(r -> Duration.ofNanos(System.nanoTime() - r.nanos())).orElse(Duration.ZERO);
        meters.finished(key(message), took, failed);
    }

    static String key(Message<?> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(IncomingKafkaRecordMetadata::getKey)
                .map(Object::toString)
                .orElse(null);
    }
}
