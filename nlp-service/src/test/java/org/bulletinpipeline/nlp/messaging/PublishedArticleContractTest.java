package org.bulletinpipeline.nlp.messaging;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.bulletinpipeline.contracts.event.ArticleExtracted;
import org.bulletinpipeline.contracts.event.BulletinSource;
import org.junit.jupiter.api.Test;

/** The articles of a bulletin are held to the newest ArticleExtracted contract before any of them is published. */
class PublishedArticleContractTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void articlesWithinTheContractPass() {
        assertNull(BulletinConsumer.violations(JSON, List.of(article(0, "news"), article(1, "notice"))));
    }

    @Test
    void oneArticleOfAKindTheContractDoesNotKnowNamesItselfAndTheProperty() {
        String reason = BulletinConsumer.violations(JSON, List.of(article(0, "news"), article(1, "editorial")));
        assertTrue(reason.startsWith("extraction broke article-extracted.v3.schema.json: article 1: /kind"), reason);
    }

    private static ArticleExtracted article(int ordinal, String kind) {
        return new ArticleExtracted(ArticleExtracted.SCHEMA_VERSION, "733b5103fee038bf-" + ordinal, "733b5103fee038bf",
                ordinal, 2, null, BulletinSource.unknown(), kind, null, "\u5e02\u75ab\u60c5\u9632\u63a7\u6307\u6325\u90e8"
                + "\u53ec\u5f00\u4f1a\u8bae", null, List.of(), LocalDate.of(2022, 5, 16), null,
                "\u6b63\u6587", null, new ArticleExtracted.SpanView(0, 2), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, List.of(), List.of(),
                new ArticleExtracted.Pipeline("1.0.0", Instant.parse("2022-05-17T08:00:01Z")));
    }
}
