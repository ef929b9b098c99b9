package org.bulletinpipeline.contracts.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

import org.bulletinpipeline.contracts.mediatopic.MediaTopic;

/**
 * ArticleExtracted, the value on {@code articles.extracted}, keyed by bulletinId (article-extracted.v3.schema.json).
 * v2 adds to v1 a place's {@code canonicalName}, a fact's {@code placeCode} and {@code placeText} (its {@code place}
 * is now the division's official name), the case-count fact types, and {@code yearSource}, the evidence for the year
 * of bare dates; v3 adds {@code mediaTopics}, the topics as IPTC Media Topics. Everything of an older version keeps
 * its meaning, and a v1 or v2 event binds to this record with what came later null.
 * Entities carry the {@code spans} where they stand in the received text. Counts ({@code mentions}) are boxed: an
 * event that leaves one out binds to null rather than to a count of 0 nobody wrote.
 */
// written by an ObjectMapper to Kafka and sent as a Response entity, read by one from Kafka: the native build sees
// none of it
@RegisterForReflection(ignoreNested = false)
public record ArticleExtracted(int schemaVersion, String articleId, String bulletinId, int ordinal, int articleCount,
                               MastheadView masthead, BulletinSource source, String kind, String kicker, String title,
                               String subtitle, List<BylineView> bylines, LocalDate dateline, String yearSource,
                               String body, String continuedOn, SpanView span, List<PersonView> persons,
                               List<PlaceView> places, List<OrganizationView> organizations, List<DateView> dates,
                               List<FactView> facts, List<QuoteView> quotes, List<String> keywords, String summary,
                               List<String> topics, List<MediaTopic> mediaTopics, Pipeline pipeline) {

    public static final int SCHEMA_VERSION = 3;

    /** The same article with the title, bylines and dateline a structured document gave for it. */
    public ArticleExtracted withItemFields(String itemTitle, List<BylineView> itemBylines, LocalDate itemDateline) {
        return new ArticleExtracted(schemaVersion, articleId, bulletinId, ordinal, articleCount, masthead, source, kind,
                kicker, itemTitle, subtitle, itemBylines, itemDateline, yearSource, body, continuedOn, span, persons,
                places, organizations, dates, facts, quotes, keywords, summary, topics, mediaTopics, pipeline);
    }

    public record MastheadView(String publication, LocalDate publishedOn, String issueNo, String organizer) {
    }

    public record BylineView(String role, String name) {
    }

    public record SpanView(int start, int end) {
    }

    public record PersonView(String name, List<String> titles, Integer mentions, List<SpanView> spans) {
    }

    public record PlaceView(String name, String canonicalName, String level, String code, Integer mentions,
                            List<SpanView> spans) {
    }

    public record OrganizationView(String name, Integer mentions, List<SpanView> spans) {
    }

    public record DateView(String text, LocalDate date, SpanView span) {
    }

    public record FactView(String type, String place, String placeCode, String placeText, LocalDate date,
                           double value, String evidence, SpanView span) {
    }

    public record QuoteView(String speaker, String text, SpanView span) {
    }

    public record Pipeline(String version, Instant processedAt) {
    }
}
