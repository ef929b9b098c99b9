package org.bulletinpipeline.nlp.observability;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.OutgoingInterceptor;

import org.eclipse.microprofile.reactive.messaging.Message;

/** Counts the dead letters handed to the bulletins.dlq sink. */
@ApplicationScoped
@Identifier("bulletins-dlq")
public class DeadLetterCountingInterceptor implements OutgoingInterceptor {

    private final PipelineMeters meters;

    public DeadLetterCountingInterceptor(PipelineMeters meters) {
        this.meters = meters;
    }

    @Override
    public Message<?> beforeMessageSend(Message<?> message) {
        meters.deadLettered(OutgoingKeys.of(message));
        return message;
    }

    @Override
    public void onMessageAck(Message<?> message) {
        // counted when handed to the sink, like the articles
    }

    @Override
    public void onMessageNack(Message<?> message, Throwable failure) {
        // the publisher sends it again while the broker recovers; one that is refused for good fails the consumer
    }
}
