package org.bulletinpipeline.query.messaging;

import java.time.Instant;
import java.time.LocalDate;

/** The parts of an ArticleExtracted v1 event the store indexes; {@code payload} keeps the whole event. */
public record ArticleEvent(String articleId, String bulletinId, int ordinal, int articleCount, String kind,
                           String kicker, String title, String subtitle, LocalDate dateline, String publication,
                           LocalDate publishedOn, String masthead, String pipelineVersion, Instant processedAt,
                           String payload) {
}
