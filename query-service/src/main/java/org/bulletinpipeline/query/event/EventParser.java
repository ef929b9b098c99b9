package org.bulletinpipeline.query.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.bulletinpipeline.contracts.EventSchema;
import org.bulletinpipeline.contracts.EventSchema.Event;
import org.bulletinpipeline.contracts.event.ArticleExtracted;
import org.bulletinpipeline.contracts.event.ArticleExtracted.FactView;
import org.bulletinpipeline.contracts.event.BulletinReceived;
import org.bulletinpipeline.contracts.event.BulletinSource;

/**
 * Reads the events query-service follows: each is checked against the contract of its {@code schemaVersion} (every
 * version there is of it: v1 and v2), bound to the newest record, which every older version fits, and held to
 * the few rules a schema cannot state (no NUL characters, dates a bulletin can have, an ordinal within its count).
 * A record that fails any of it is refused with the reason, which its dead letter carries.
 */
@ApplicationScoped
public class EventParser {

    /**
     * The dates an event may carry, as ingest accepts them: a year such as 9999 is a valid date and PostgreSQL would
     * store it, but it is no bulletin's date and would sort after every real one.
     */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final ObjectMapper json;

    public EventParser(ObjectMapper json) {
        this.json = json;
    }

    public ArticleEvent article(String value) throws InvalidEventException {
        JsonNode node = tree(value, "ArticleExtracted");
        // a v1 event binds to the v2 record as it is: what v2 added stays null (canonical names, fact place codes)
        ArticleExtracted article = bind(node, Event.ARTICLE_EXTRACTED, ArticleExtracted.class);
        if (article.ordinal() >= article.articleCount()) {
            throw new InvalidEventException("ordinal " + article.ordinal() + " outside articleCount "
                    + article.articleCount());
        }
        requireText(article.articleId(), "articleId");
        requireText(article.bulletinId(), "bulletinId");
        requireText(article.pipeline().version(), "pipeline.version");
        if (article.pipeline().processedAt() == null) {
            throw new InvalidEventException("missing or empty field processedAt");
        }
        inRange(article.pipeline().processedAt(), "processedAt");
        inRange(article.dateline(), "dateline");
        if (article.masthead() != null) {
            inRange(article.masthead().publishedOn(), "publishedOn");
        }
        if (article.source() != null) {
            inRange(article.source().publishedOn(), "publishedOn");
        }
        for (FactView fact : article.facts()) {
            inRange(fact.date(), "facts.date");
        }
        for (String name : names(article)) {
            requireText(name, "name");
        }
        return ArticleEvent.of(article, value, this::write);
    }

    public BulletinEvent bulletin(String value) throws InvalidEventException {
        BulletinReceived bulletin = received(value);
        return new BulletinEvent(bulletin.bulletinId(), bulletin.receivedAt(), write(bulletin.source()),
                bulletin.text());
    }

    /**
     * Reads a bulletin as {@link #bulletin} does and holds its source to what ingest accepts at the door: labels
     * without control characters, {@code publishedOn} within the stored range. For a record about to be published
     * to {@code bulletins.raw} by this service (a dead letter sent back): nlp-service copies the source into every
     * article, and a NUL in {@code source.publication} would come back as a letter for each of them.
     */
    public BulletinEvent bulletinAsIngestAcceptsIt(String value) throws InvalidEventException {
        BulletinReceived bulletin = received(value);
        BulletinSource source = bulletin.source();
        if (source != null) {
            label(source.feed(), "source.feed");
            label(source.publication(), "source.publication");
            label(source.page(), "source.page");
            label(source.fileName(), "source.fileName");
            label(source.url(), "source.url");
            inRange(source.publishedOn(), "source.publishedOn");
        }
        return new BulletinEvent(bulletin.bulletinId(), bulletin.receivedAt(), write(source), bulletin.text());
    }

    private BulletinReceived received(String value) throws InvalidEventException {
        JsonNode node = tree(value, "BulletinReceived");
        // v2 adds the item a structured document described; what is stored here is the same for both
        BulletinReceived bulletin = bind(node, Event.BULLETIN_RECEIVED, BulletinReceived.class);
        inRange(bulletin.receivedAt(), "receivedAt");
        return bulletin;
    }

    private static void label(String value, String field) throws InvalidEventException {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new InvalidEventException(String.format("field %s holds a control character (U+%04X) at "
                        + "offset %d", field, (int) value.charAt(i), i));
            }
        }
    }

    /** Validates {@code node} against the contract of its own version, then binds it to {@code type}. */
    private <T> T bind(JsonNode node, Event event, Class<T> type) throws InvalidEventException {
        requireNoNul(node, "");
        int version = node.path("schemaVersion").asInt();
        EventSchema schema = EventSchema.of(event, version).orElseThrow(() -> new InvalidEventException(
                "unsupported schemaVersion, expected one of " + EventSchema.versionsOf(event).stream()
                        .map(s -> String.valueOf(s.version())).collect(Collectors.joining(", "))));
        Set<String> violations = schema.violations(node);
        if (!violations.isEmpty()) {
            throw new InvalidEventException("violates " + schema.file() + ": " + String.join("; ", violations));
        }
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("not bindable to " + type.getSimpleName() + ": " + e.getOriginalMessage());
        }
    }

    private static List<String> names(ArticleExtracted a) {
        List<String> names = new ArrayList<>();
        a.persons().forEach(p -> names.add(p.name()));
        a.places().forEach(p -> names.add(p.name()));
        a.organizations().forEach(o -> names.add(o.name()));
        return names;
    }

    private String write(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a bound event part is not serializable", e);
        }
    }

    private static void requireText(String value, String field) throws InvalidEventException {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("missing or empty field " + field);
        }
    }

    private static void inRange(LocalDate date, String field) throws InvalidEventException {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new InvalidEventException(field + " is out of range " + EARLIEST + ".." + LATEST + ": " + date);
        }
    }

    private static void inRange(Instant instant, String field) throws InvalidEventException {
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        if (year < EARLIEST.getYear() || year > LATEST.getYear()) {
            throw new InvalidEventException(field + " is out of range " + EARLIEST + ".." + LATEST + ": " + instant);
        }
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

    private static Instant instant(JsonNode node, String field) throws InvalidEventException {
        String text = text(node, field, true);
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidEventException(field + " is not an ISO instant: " + text);
        }
        inRange(instant, field);
        return instant;
    }
}
