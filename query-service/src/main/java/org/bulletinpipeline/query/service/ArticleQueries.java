package org.bulletinpipeline.query.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;

import org.bulletinpipeline.query.repository.ArticleEntity;
import org.bulletinpipeline.query.repository.BulletinEntity;

/** Read side: bulletins with their articles, and the article list newest first with keyset pagination. */
@ApplicationScoped
public class ArticleQueries {

    private final ObjectMapper json;

    public ArticleQueries(ObjectMapper json) {
        this.json = json;
    }

    public Optional<BulletinView> bulletin(String id) {
        BulletinEntity b = BulletinEntity.findById(id);
        if (b == null) {
            return Optional.empty();
        }
        List<JsonNode> articles = ArticleEntity.<ArticleEntity>list("bulletinId", Sort.by("ordinal"), id).stream()
                .map(a -> tree(a.payload)).toList();
        return Optional.of(new BulletinView(b.id, b.status, b.receivedAt, tree(b.source), tree(b.masthead),
                b.articleCount, b.pipelineVersion, b.processedAt, b.failureReason, articles));
    }

    /** Newest stored first; the cursor is the (stored_at, id) of the last item seen, so pages never shift. */
    public ArticlePage newest(int limit, String cursor) {
        List<ArticleEntity> rows;
        Sort order = Sort.by("storedAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending);
        if (cursor == null || cursor.isBlank()) {
            rows = ArticleEntity.<ArticleEntity>findAll(order).page(0, limit + 1).list();
        } else {
            Cursor c = Cursor.decode(cursor);
            rows = ArticleEntity.<ArticleEntity>find("storedAt < ?1 or (storedAt = ?1 and id < ?2)", order,
                    c.storedAt(), c.id()).page(0, limit + 1).list();
        }
        boolean more = rows.size() > limit;
        List<ArticleEntity> page = more ? rows.subList(0, limit) : rows;
        String next = more ? new Cursor(page.get(limit - 1).storedAt, page.get(limit - 1).id).encode() : null;
        return new ArticlePage(page.stream().map(a -> tree(a.payload)).toList(), next);
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

    record Cursor(Instant storedAt, String id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((storedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                        .split("\\|", 2);
                if (parts.length != 2) {
                    throw new BadQueryException("invalid-cursor", "The cursor is not one this API returned.");
                }
                return new Cursor(Instant.parse(parts[0]), parts[1]);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new BadQueryException("invalid-cursor", "The cursor is not one this API returned.");
            }
        }
    }
}
