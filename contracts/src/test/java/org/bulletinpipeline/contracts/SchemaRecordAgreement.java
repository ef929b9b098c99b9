package org.bulletinpipeline.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Walks a schema and a record side by side and lists where they disagree: a property the schema names and the record
 * lacks, a component the record has and the schema does not name, or a value of another JSON type (a {@code String}
 * where the schema says integer). Arrays are followed into their items, {@code $ref}s into {@code $defs}, and
 * {@code oneOf}/{@code anyOf} into their one non-null branch.
 */
final class SchemaRecordAgreement {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Class<?>, String> JSON_TYPES = Map.ofEntries(
            Map.entry(String.class, "string"), Map.entry(LocalDate.class, "string"),
            Map.entry(Instant.class, "string"), Map.entry(OffsetDateTime.class, "string"),
            Map.entry(int.class, "integer"), Map.entry(Integer.class, "integer"), Map.entry(long.class, "integer"),
            Map.entry(double.class, "number"), Map.entry(Double.class, "number"),
            Map.entry(boolean.class, "boolean"), Map.entry(Boolean.class, "boolean"));

    private final JsonNode root;
    private final boolean bothWays;
    private final List<String> disagreements = new ArrayList<>();

    private SchemaRecordAgreement(JsonNode root, boolean bothWays) {
        this.root = root;
        this.bothWays = bothWays;
    }

    /** Every disagreement between {@code schema} and {@code record}, each way. */
    static List<String> disagreements(EventSchema schema, Class<? extends Record> record) {
        SchemaRecordAgreement walk = new SchemaRecordAgreement(read(schema), true);
        walk.compare(walk.root, record, "");
        return walk.disagreements;
    }

    /**
     * What {@code schema} names that {@code record} cannot hold: an older version's event must still bind to the
     * record of the newest one, which may have more.
     */
    static List<String> notBindable(EventSchema schema, Class<? extends Record> record) {
        SchemaRecordAgreement walk = new SchemaRecordAgreement(read(schema), false);
        walk.compare(walk.root, record, "");
        return walk.disagreements;
    }

    private void compare(JsonNode schema, Type type, String path) {
        JsonNode node = resolve(schema);
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            if (!"array".equals(node.path("type").asText())) {
                disagreements.add(path + ": the record has a list, the schema " + describe(node));
                return;
            }
            compare(node.path("items"), list.getActualTypeArguments()[0], path + "[]");
            return;
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isRecord()) {
            compareObject(node, raw, path);
            return;
        }
        String expected = JSON_TYPES.get(raw);
        Set<String> allowed = jsonTypes(node);
        if (expected == null) {
            disagreements.add(path + ": " + raw.getSimpleName() + " is no JSON value this check knows");
        } else if (!allowed.isEmpty() && !allowed.contains(expected)
                && !(expected.equals("number") && allowed.contains("integer"))) {
            disagreements.add(path + ": the record holds " + expected + ", the schema " + allowed);
        }
    }

    private void compareObject(JsonNode node, Class<?> record, String path) {
        JsonNode properties = node.path("properties");
        Set<String> components = new LinkedHashSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            components.add(component.getName());
        }
        Set<String> named = new LinkedHashSet<>();
        properties.fieldNames().forEachRemaining(named::add);
        for (String property : named) {
            if (!components.contains(property)) {
                disagreements.add(at(path, property) + ": in the schema, not in " + record.getSimpleName());
            }
        }
        for (RecordComponent component : record.getRecordComponents()) {
            String name = component.getName();
            if (!named.contains(name)) {
                if (bothWays) {
                    disagreements.add(at(path, name) + ": in " + record.getSimpleName() + ", not in the schema");
                }
                continue;
            }
            compare(properties.get(name), component.getGenericType(), at(path, name));
        }
    }

    /** Follows {@code $ref} into {@code $defs} and a nullable {@code oneOf}/{@code anyOf} into its other branch. */
    private JsonNode resolve(JsonNode node) {
        if (node.has("$ref")) {
            return resolve(root.at(node.get("$ref").asText().substring(1)));
        }
        for (String combinator : List.of("oneOf", "anyOf")) {
            if (node.has(combinator)) {
                List<JsonNode> branches = new ArrayList<>();
                node.get(combinator).forEach(b -> {
                    if (!"null".equals(b.path("type").asText())) {
                        branches.add(b);
                    }
                });
                return branches.size() == 1 ? resolve(branches.get(0)) : node;
            }
        }
        return node;
    }

    /** The JSON types a value may have: from {@code type}, or from the values of {@code enum} or {@code const}. */
    private static Set<String> jsonTypes(JsonNode node) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = node.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        }
        type.forEach(t -> types.add(t.asText()));
        node.path("enum").forEach(v -> types.add(valueType(v)));
        if (node.has("const")) {
            types.add(valueType(node.get("const")));
        }
        types.remove("null");
        return types;
    }

    private static String valueType(JsonNode value) {
        return value.isNull() ? "null" : value.isTextual() ? "string" : value.isIntegralNumber() ? "integer"
                : value.isNumber() ? "number" : value.getNodeType().name().toLowerCase();
    }

    private static String describe(JsonNode node) {
        Set<String> types = jsonTypes(node);
        return types.isEmpty() ? "says nothing of its type" : "says " + types;
    }

    private static String at(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static JsonNode read(EventSchema schema) {
        try (InputStream in = EventSchema.class.getResourceAsStream("/contracts/" + schema.file())) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
