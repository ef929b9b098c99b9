package org.bulletinpipeline.nlp.observability;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.OutgoingInterceptor;

import org.eclipse.microprofile.reactive.messaging.Message;

/** Counts the ArticleExtracted events handed to the articles.extracted sink, per bulletin key. */
@ApplicationScoped
@Identifier("articles-extracted")
public class ArticleCountingInterceptor implements OutgoingInterceptor {

    private final PipelineMeters meters;

    public ArticleCountingInterceptor(PipelineMeters meters) {
        this.meters = meters;
    }

    @Override
    public Message<?> beforeMessageSend(Message<?> message) {
        meters.articlePublished(OutgoingKeys.of(message));
        return message;
    }

    @Override
    public void onMessageAck(Message<?> message) {
        // counted when handed to the sink: the consumer waits for every ack before it acknowledges the bulletin
    }

    @Override
    public void onMessageNack(Message<?> message, Throwable failure) {
        // the publisher sends a refused article again (or dead-letters the bulletin): each attempt is handed here
        meters.articleRefused(OutgoingKeys.of(message));
    }
}
