package org.bulletinpipeline.query.stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

import org.bulletinpipeline.query.repository.ArticleStored;

/**
 * Hands every stored article's id to the live streams once its transaction has committed: a subscriber that
 * queries the article on receipt then always finds it, and an article whose transaction rolled back is never sent.
 */
@ApplicationScoped
public class ArticleBroadcaster {

    private final BroadcastProcessor<String> stored = BroadcastProcessor.create();

    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleStored event) {
        stored.onNext(event.articleId());
    }

    /**
     * Ids of articles stored from now on. A subscriber more than 1000 articles behind is cut off rather than held in
     * memory without bound; an EventSource reconnects by itself.
     */
    public Multi<String> storedIds() {
        return stored.onOverflow().buffer(1000);
    }
}
