package org.bulletinpipeline.query.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.bulletinpipeline.query.place.AdminCode;

/**
 * Reads the events query-service follows. Only what the store needs is checked strictly; anything else in the
 * event is kept as it came, so a newer producer adding fields does not break this consumer.
 */
@ApplicationScoped
public class EventParser {

    /**
     * The dates an event may carry, as ingest accepts them: a year such as +99999 parses as ISO and PostgreSQL would
     * even store it, but it is no bulletin's date and would sort before every real one.
     */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final ObjectMapper json;

    public EventParser(ObjectMapper json) {
        this.json = json;
    }

    public ArticleEvent article(String value) throws InvalidEventException {
        JsonNode node = tree(value, "ArticleExtracted");
        requireNoNul(node, "");
        // v2 adds canonical place names and fact place codes; v1 events (replays, older producers) stay readable
        int schemaVersion = node.path("schemaVersion").asInt();
        if (schemaVersion != 1 && schemaVersion != 2) {
            throw new InvalidEventException("unsupported schemaVersion, expected 1 or 2");
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
                masthead.isObject() ? masthead.toString() : null, version, processedAt,
                node.path("body").isTextual() ? node.get("body").asText() : "", text(node, "summary", false),
                persons(node.path("persons")), places(node.path("places")),
                organizations(node.path("organizations")), facts(node.path("facts")), quotes(node.path("quotes")),
                strings(node.path("keywords")), strings(node.path("topics")), value);
    }

    /** Entities by name, first occurrence wins; an extractor listing a name twice must not fail the article. */
    private static List<ArticleEvent.Person> persons(JsonNode array) throws InvalidEventException {
        Map<String, ArticleEvent.Person> byName = new LinkedHashMap<>();
        for (JsonNode p : elements(array, "persons")) {
            String name = text(p, "name", true);
            byName.putIfAbsent(name, new ArticleEvent.Person(name, strings(p.path("titles")),
                    p.path("mentions").asInt(1), json(p.path("spans"))));
        }
        return List.copyOf(byName.values());
    }

    private static List<ArticleEvent.Place> places(JsonNode array) throws InvalidEventException {
        Map<String, ArticleEvent.Place> byName = new LinkedHashMap<>();
        for (JsonNode p : elements(array, "places")) {
            String name = text(p, "name", true);
            String code = text(p, "code", false);
            // a code that is not GB/T 2260-shaped cannot be rolled up; the place is kept by name
            boolean coded = AdminCode.isCode(code);
            byName.putIfAbsent(name, new ArticleEvent.Place(name, text(p, "level", false),
                    coded ? code : null, p.path("mentions").asInt(1), json(p.path("spans")),
                    coded ? text(p, "canonicalName", false) : null));
        }
        return List.copyOf(byName.values());
    }

    private static List<ArticleEvent.Organization> organizations(JsonNode array) throws InvalidEventException {
        Map<String, ArticleEvent.Organization> byName = new LinkedHashMap<>();
        for (JsonNode o : elements(array, "organizations")) {
            String name = text(o, "name", true);
            byName.putIfAbsent(name, new ArticleEvent.Organization(name, o.path("mentions").asInt(1),
                    json(o.path("spans"))));
        }
        return List.copyOf(byName.values());
    }

    private static List<ArticleEvent.Fact> facts(JsonNode array) throws InvalidEventException {
        List<ArticleEvent.Fact> facts = new ArrayList<>();
        for (JsonNode f : elements(array, "facts")) {
            if (!f.path("value").isNumber()) {
                throw new InvalidEventException("fact without a numeric value");
            }
            String placeCode = text(f, "placeCode", false);
            facts.add(new ArticleEvent.Fact(text(f, "type", true), text(f, "place", false),
                    date(text(f, "date", false), "facts.date"), f.get("value").asDouble(),
                    text(f, "evidence", false), json(f.path("span")), AdminCode.isCode(placeCode) ? placeCode : null));
        }
        return facts;
    }

    private static List<ArticleEvent.Quote> quotes(JsonNode array) throws InvalidEventException {
        List<ArticleEvent.Quote> quotes = new ArrayList<>();
        for (JsonNode q : elements(array, "quotes")) {
            String text = text(q, "text", false);
            if (text != null) {
                quotes.add(new ArticleEvent.Quote(text(q, "speaker", false), text, json(q.path("span"))));
            }
        }
        return quotes;
    }

    private static List<JsonNode> elements(JsonNode array, String field) throws InvalidEventException {
        if (array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new InvalidEventException(field + " is not an array");
        }
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        for (JsonNode item : items) {
            if (!item.isObject()) {
                throw new InvalidEventException(field + " holds a non-object");
            }
        }
        return items;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(v -> {
                if (v.isTextual() && !v.asText().isBlank() && !values.contains(v.asText())) {
                    values.add(v.asText());
                }
            });
        }
        return values;
    }

    private static String json(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.toString();
    }

    public BulletinEvent bulletin(String value) throws InvalidEventException {
        JsonNode node = tree(value, "BulletinReceived");
        requireNoNul(node, "");
        // v2 adds the item a structured document described; what is stored here is the same for both
        int version = node.path("schemaVersion").asInt();
        if (version != 1 && version != 2) {
            throw new InvalidEventException("unsupported schemaVersion, expected 1 or 2");
        }
        JsonNode source = node.path("source");
        return new BulletinEvent(text(node, "bulletinId", true), instant(node, "receivedAt"),
                source.isObject() ? source.toString() : null, text(node, "text", true));
    }

    /**
     * Reads a bulletin as {@link #bulletin} does and holds its source to what ingest accepts at the door: labels
     * without control characters, {@code publishedOn} within the stored range. For a record about to be published
     * to {@code bulletins.raw} by this service (a dead letter sent back): nlp-service copies the source into every
     * article, and a NUL in {@code source.publication} would come back as a letter for each of them.
     */
    public BulletinEvent bulletinAsIngestAcceptsIt(String value) throws InvalidEventException {
        BulletinEvent event = bulletin(value);
        JsonNode source = tree(value, "BulletinReceived").path("source");
        if (source.isMissingNode() || source.isNull()) {
            return event;
        }
        if (!source.isObject()) {
            throw new InvalidEventException("source is not an object");
        }
        for (Map.Entry<String, JsonNode> field : source.properties()) {
            JsonNode label = field.getValue();
            if (label.isNull()) {
                continue;
            }
            if (!label.isTextual()) {
                throw new InvalidEventException("field source." + field.getKey() + " is not text");
            }
            String text = label.asText();
            for (int i = 0; i < text.length(); i++) {
                if (Character.isISOControl(text.charAt(i))) {
                    throw new InvalidEventException(String.format("field source.%s holds a control character "
                            + "(U+%04X) at offset %d", field.getKey(), (int) text.charAt(i), i));
                }
            }
        }
        date(text(source, "publishedOn", false), "source.publishedOn");
        return event;
    }

    public DeadLetterEvent deadLetter(String value) throws InvalidEventException {
        JsonNode node = tree(value, "dead letter");
        JsonNode payload = node.path("payload");
        return new DeadLetterEvent(storable(text(node, "bulletinId", false)), storable(text(node, "service", false)),
                storable(text(node, "sourceTopic", false)),
                node.path("partition").canConvertToInt() ? node.get("partition").asInt() : null,
                node.path("offset").canConvertToLong() ? node.get("offset").asLong() : null,
                storable(text(node, "reason", false)),
                node.hasNonNull("failedAt") ? instant(node, "failedAt") : Instant.now(),
                // the contract says text; a producer that embedded the record as JSON still gets it kept
                storable(payload.isTextual() ? payload.asText()
                        : payload.isMissingNode() || payload.isNull() ? null : payload.toString()));
    }

    /**
     * {@code text} without NUL characters, which PostgreSQL text cannot hold. A poison record may well carry one
     * (a JSON string can, escaped), and an insert failing on it would stop the consumer; U+FFFD marks where it was.
     */
    public static String storable(String text) {
        return text == null || text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
    }

    /**
     * Refuses an event holding a NUL character in any string or field name: PostgreSQL text and jsonb cannot hold
     * one, and an insert failing on it used to stop the channel for good. Events are refused, not repaired: ingest
     * refuses such bulletins at the door, so one on the topic came around it and the dead-letter topic is where it
     * can be looked at. (Dead letters themselves are repaired instead, see {@link #storable}.)
     */
    private static void requireNoNul(JsonNode node, String path) throws InvalidEventException {
        if (node.isTextual() && node.asText().indexOf('\0') >= 0) {
            throw new InvalidEventException("field " + (path.isEmpty() ? "(root)" : path)
                    + " holds a NUL character (U+0000), which PostgreSQL cannot store");
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                requireNoNul(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String name = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (field.getKey().indexOf('\0') >= 0) {
                    throw new InvalidEventException("a field name under " + (path.isEmpty() ? "(root)" : path)
                            + " holds a NUL character (U+0000), which PostgreSQL cannot store");
                }
                requireNoNul(field.getValue(), name);
            }
        }
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
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidEventException(field + " is not an ISO instant: " + text);
        }
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        if (year < EARLIEST.getYear() || year > LATEST.getYear()) {
            throw new InvalidEventException(field + " is out of range " + EARLIEST + ".." + LATEST + ": " + text);
        }
        return instant;
    }

    private static LocalDate date(String text, String field) throws InvalidEventException {
        if (text == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidEventException(field + " is not an ISO date: " + text);
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new InvalidEventException(field + " is out of range " + EARLIEST + ".." + LATEST + ": " + text);
        }
        return date;
    }
}
