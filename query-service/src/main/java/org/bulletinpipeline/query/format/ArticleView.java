package org.bulletinpipeline.query.format;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.bulletinpipeline.contracts.mediatopic.MediaTopic;
import org.bulletinpipeline.contracts.mediatopic.MediaTopics;
import org.bulletinpipeline.query.search.ArticleRow;

/**
 * What the output formats say of an article, read from its stored ArticleExtracted payload (one article) or from a
 * search row (an export). Lists are never null; any other field may be.
 */
public record ArticleView(String articleId, String bulletinId, String kicker, String title, String subtitle,
                          List<String> bylines, LocalDate dateline, String publication, LocalDate publishedOn,
                          String url, String summary, String body, List<String> persons, List<String> places,
                          List<String> organizations, List<String> topics, List<String> keywords,
                          Instant processedAt) {

    public static ArticleView of(JsonNode payload) {
        JsonNode masthead = payload.path("masthead");
        JsonNode source = payload.path("source");
        String publication = text(masthead, "publication");
        LocalDate publishedOn = date(text(masthead, "publishedOn"));
        String processedAt = text(payload.path("pipeline"), "processedAt");
        return new ArticleView(text(payload, "articleId"), text(payload, "bulletinId"), text(payload, "kicker"),
                text(payload, "title"), text(payload, "subtitle"), names(payload.path("bylines")),
                date(text(payload, "dateline")), publication != null ? publication : text(source, "publication"),
                publishedOn != null ? publishedOn : date(text(source, "publishedOn")), text(source, "url"),
                text(payload, "summary"), text(payload, "body"), names(payload.path("persons")),
                names(payload.path("places")), names(payload.path("organizations")), strings(payload.path("topics")),
                strings(payload.path("keywords")), processedAt == null ? null : Instant.parse(processedAt));
    }

    public static ArticleView of(ArticleRow row) {
        return new ArticleView(row.id(), row.bulletinId(), row.kicker(), row.title(), row.subtitle(), List.of(),
                row.dateline(), row.publication(), row.publishedOn(), null, row.summary(), row.body(),
                orEmpty(row.persons()), orEmpty(row.places()), orEmpty(row.organizations()), orEmpty(row.topics()),
                orEmpty(row.keywords()), row.storedAt());
    }

    /** The IPTC Media Topics of the article's topics. */
    public List<MediaTopic> mediaTopics() {
        return MediaTopics.standard().of(topics);
    }

    /** The topics no Media Topic stands for (a stored topic the mapping does not know). */
    public List<String> unmappedTopics() {
        return topics.stream().filter(topic -> MediaTopics.standard().of(topic).isEmpty()).toList();
    }

    /** The date the article reports on: its dateline, else its issue's date. */
    public LocalDate date() {
        return dateline != null ? dateline : publishedOn;
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        for (JsonNode item : array) {
            String name = text(item, "name");
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : array) {
            if (item.isTextual() && !item.asText().isBlank()) {
                values.add(item.asText());
            }
        }
        return values;
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
