package org.bulletinpipeline.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The event contracts (JSON Schema 2020-12, under {@code /contracts} on the classpath), each with a validator that
 * asserts formats (date, date-time) too. Producers check what they are about to publish, consumers what they
 * received; the records of {@code org.bulletinpipeline.contracts.event} are what a valid event binds to.
 */
public enum EventSchema {
    BULLETIN_RECEIVED_V1(Event.BULLETIN_RECEIVED, 1),
    /** v2: the item a structured document described. */
    BULLETIN_RECEIVED_V2(Event.BULLETIN_RECEIVED, 2),
    ARTICLE_EXTRACTED_V1(Event.ARTICLE_EXTRACTED, 1),
    /** v2: canonical place names, fact place codes, case-count fact types, the evidence for the year. */
    ARTICLE_EXTRACTED_V2(Event.ARTICLE_EXTRACTED, 2),
    /** v3: the topics as IPTC Media Topics. */
    ARTICLE_EXTRACTED_V3(Event.ARTICLE_EXTRACTED, 3);

    /** The two events, named as their schema files are ({@code article-extracted.v2.schema.json}). */
    public enum Event {
        BULLETIN_RECEIVED("bulletin-received"),
        ARTICLE_EXTRACTED("article-extracted");

        private final String fileStem;

        Event(String fileStem) {
            this.fileStem = fileStem;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Event event;
    private final int version;
    private final String file;
    private final JsonSchema schema;

    EventSchema(Event event, int version) {
        this.event = event;
        this.version = version;
        this.file = event.fileStem + ".v" + version + ".schema.json";
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = EventSchema.class.getResourceAsStream("/contracts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("contract /contracts/" + file + " is not on the classpath");
            }
            // the contracts' $id is relative ("article-extracted.v1"): give it an absolute base to resolve against
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
                    SchemaLocation.of("https://bulletin-pipeline.org/contracts/" + file), new ObjectMapper().readTree(in), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema of {@code version} of {@code event}, if there is one. */
    public static Optional<EventSchema> of(Event event, int version) {
        return Arrays.stream(values()).filter(s -> s.event == event && s.version == version).findFirst();
    }

    /** Every version of {@code event}, oldest first: what a consumer accepts. */
    public static List<EventSchema> versionsOf(Event event) {
        return Arrays.stream(values()).filter(s -> s.event == event).toList();
    }

    /** The newest version of {@code event}: the one its record in {@code contracts.event} follows. */
    public static EventSchema latest(Event event) {
        return versionsOf(event).getLast();
    }

    public Event event() {
        return event;
    }

    public int version() {
        return version;
    }

    /** The file name under {@code /contracts}, as an event's dead letter or log line can name it. */
    public String file() {
        return file;
    }

    /** The violations of {@code json} against this contract, sorted; empty when it is valid. */
    public Set<String> violations(String json) {
        try {
            return violations(JSON.readTree(json));
        } catch (IOException e) {
            return Set.of("not JSON: " + e.getMessage());
        }
    }

    public Set<String> violations(JsonNode node) {
        return schema.validate(node).stream().map(EventSchema::describe)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The validator's message, which starts with where the violation is ("/facts/0/date: does not match the date
     * pattern"); at the root that is nothing, and the message is left to start with what is wrong.
     */
    private static String describe(ValidationMessage message) {
        String text = message.getMessage();
        return text.startsWith(": ") ? text.substring(2) : text;
    }
}
