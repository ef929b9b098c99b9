package org.bulletinpipeline.query.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The parts of an ArticleExtracted v1 event the store indexes; {@code payload} keeps the whole event. Span lists
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

    public record Place(String name, String level, String code, int mentions, String spans) {
    }

    public record Organization(String name, int mentions, String spans) {
    }

    public record Fact(String type, String place, LocalDate date, double value, String evidence, String span) {
    }

    public record Quote(String speaker, String text, String span) {
    }
}
