package org.bulletinpipeline.query.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The parts of an ArticleExtracted event (v1 or v2) the store indexes; {@code payload} keeps the whole event. Span lists
 * stay JSON text: they are stored and served as they came, never queried.
 */
public record ArticleEvent(String articleId, String bulletinId, int ordinal, int articleCount, String kind,
                           String kicker, String title, String subtitle, LocalDate dateline, String publication,
                           LocalDate publishedOn, String masthead, String pipelineVersion, Instant processedAt,
                           String body, String summary, List<Person> persons, List<Place> places,
                           List<Organization> organizations, List<Fact> facts, List<Quote> quotes,
                           List<String> keywords, List<String> topics, String payload) {

    public record Person(String name, List<String> titles, int mentions, String spans) {
    }

    /** {@code canonicalName} is the division's official name (v2; null from v1 events and for places without code). */
    public record Place(String name, String level, String code, int mentions, String spans, String canonicalName) {
    }

    public record Organization(String name, int mentions, String spans) {
    }

    /** {@code placeCode} is the GB/T 2260 code the extractor gave the place (v2; null from v1 events). */
    public record Fact(String type, String place, LocalDate date, double value, String evidence, String span,
                       String placeCode) {
    }

    public record Quote(String speaker, String text, String span) {
    }
}
