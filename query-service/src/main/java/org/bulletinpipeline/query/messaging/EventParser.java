package org.bulletinpipeline.query.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the events query-service follows. Only what the store needs is checked strictly; anything else in the
 * event is kept as it came, so a newer producer adding fields does not break this consumer.
 */
@ApplicationScoped
public class EventParser {

    private final ObjectMapper json;

    public EventParser(ObjectMapper json) {
        this.json = json;
    }

    public ArticleEvent article(String value) throws InvalidEventException {
        JsonNode node = tree(value, "ArticleExtracted");
        if (node.path("schemaVersion").asInt() != 1) {
            throw new InvalidEventException("unsupported schemaVersion, expected 1");
        }
        String bulletinId = text(node, "bulletinId", true);
        int ordinal = integer(node, "ordinal");
        int count = integer(node, "articleCount");
        if (ordinal < 0 || count < 1 || ordinal >= count) {
            throw new InvalidEventException("ordinal " + ordinal + " outside articleCount " + count);
        }
        String kind = text(node, "kind", true);
        JsonNode pipeline = node.path("pipeline");
        String version = text(pipeline, "version", true);
        Instant processedAt = instant(pipeline, "processedAt");
        JsonNode masthead = node.path("masthead");
        JsonNode source = node.path("source");
        String publication = firstText(masthead.path("publication"), source.path("publication"));
        LocalDate publishedOn = date(firstText(masthead.path("publishedOn"), source.path("publishedOn")),
                "publishedOn");
        return new ArticleEvent(text(node, "articleId", true), bulletinId, ordinal, count, kind,
                text(node, "kicker", false), text(node, "title", false), text(node, "subtitle", false),
                date(text(node, "dateline", false), "dateline"), publication, publishedOn,
                masthead.isObject() ? masthead.toString() : null, version, processedAt, value);
    }

    public BulletinEvent bulletin(String value) throws InvalidEventException {
        JsonNode node = tree(value, "BulletinReceived");
        if (node.path("schemaVersion").asInt() != 1) {
            throw new InvalidEventException("unsupported schemaVersion, expected 1");
        }
        JsonNode source = node.path("source");
        return new BulletinEvent(text(node, "bulletinId", true), instant(node, "receivedAt"),
                source.isObject() ? source.toString() : null, text(node, "text", true));
    }

    public DeadLetterEvent deadLetter(String value) throws InvalidEventException {
        JsonNode node = tree(value, "dead letter");
        return new DeadLetterEvent(text(node, "bulletinId", false), text(node, "service", false),
                text(node, "sourceTopic", false), text(node, "reason", false),
                node.hasNonNull("failedAt") ? instant(node, "failedAt") : Instant.now(), text(node, "payload", false));
    }

    private JsonNode tree(String value, String what) throws InvalidEventException {
        if (value == null) {
            throw new InvalidEventException("empty record value");
        }
        try {
            JsonNode node = json.readTree(value);
            if (node == null || !node.isObject()) {
                throw new InvalidEventException("not a " + what + " JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("not a " + what + " JSON document: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode node, String field, boolean required) throws InvalidEventException {
        JsonNode value = node.path(field);
        if (value.isTextual() && !value.asText().isBlank()) {
            return value.asText();
        }
        if (required) {
            throw new InvalidEventException("missing or empty field " + field);
        }
        return null;
    }

    private static String firstText(JsonNode first, JsonNode second) {
        return first.isTextual() ? first.asText() : second.isTextual() ? second.asText() : null;
    }

    private static int integer(JsonNode node, String field) throws InvalidEventException {
        JsonNode value = node.path(field);
        if (!value.isInt()) {
            throw new InvalidEventException("missing or non-integer field " + field);
        }
        return value.asInt();
    }

    private static Instant instant(JsonNode node, String field) throws InvalidEventException {
        String text = text(node, field, true);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidEventException(field + " is not an ISO instant: " + text);
        }
    }

    private static LocalDate date(String text, String field) throws InvalidEventException {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidEventException(field + " is not an ISO date: " + text);
        }
    }
}
