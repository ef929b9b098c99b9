package org.bulletinpipeline.query.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One search result. {@code titleHtml} and {@code snippetHtml} are HTML-escaped text with the query's words wrapped
 * in {@code <mark>}; the rest are plain values. {@code mediaTopics} are the IPTC Media Topic QCodes of the topics.
 * The full article with entity spans is at {@code links.bulletin}.
 */
// also the data of Server-Sent Events, built as OutboundSseEvents the native build cannot see into
@RegisterForReflection(ignoreNested = false)
public record ArticleHit(String articleId, String bulletinId, int ordinal, String kind, String kicker, String title,
                         String subtitle, LocalDate dateline, String publication, LocalDate publishedOn,
                         LocalDate date, Instant storedAt, String titleHtml, String snippetHtml, Double score,
                         List<String> persons, List<String> places, List<String> organizations, List<String> topics,
                         List<String> mediaTopics, Links links) {

    public record Links(String bulletin, String text) {
    }
}
