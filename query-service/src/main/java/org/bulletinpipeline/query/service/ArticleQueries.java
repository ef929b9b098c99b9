package org.bulletinpipeline.query.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;

import org.bulletinpipeline.query.repository.ArticleEntity;
import org.bulletinpipeline.query.repository.BulletinEntity;
import org.bulletinpipeline.query.view.BulletinView;

/** Read side of bulletins: status, articles in the ArticleExtracted shape, the received text. */
@ApplicationScoped
public class ArticleQueries {

    private final ObjectMapper json;

    public ArticleQueries(ObjectMapper json) {
        this.json = json;
    }

    /** The text of the bulletin as received, for showing the page with an article's span marked. */
    public Optional<String> text(String id) {
        BulletinEntity b = BulletinEntity.findById(id);
        return b == null || b.text == null ? Optional.empty() : Optional.of(b.text);
    }

    public Optional<BulletinView> bulletin(String id) {
        BulletinEntity b = BulletinEntity.findById(id);
        if (b == null) {
            return Optional.empty();
        }
        List<JsonNode> articles = ArticleEntity.<ArticleEntity>list("bulletinId", Sort.by("ordinal"), id).stream()
                .map(a -> tree(a.payload)).toList();
        // the receipt and the articles come on topics read independently: until the receipt is stored, the
        // source is the one every article carries (nlp-service copies the bulletin's source into each)
        JsonNode source = tree(b.source);
        if (source == null && !articles.isEmpty() && articles.get(0).hasNonNull("source")) {
            source = articles.get(0).get("source");
        }
        return Optional.of(new BulletinView(b.id, b.status, b.receivedAt, source, tree(b.masthead),
                b.articleCount, b.pipelineVersion, b.processedAt, b.failureReason, articles));
    }

    private JsonNode tree(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON unreadable", e);
        }
    }
}
