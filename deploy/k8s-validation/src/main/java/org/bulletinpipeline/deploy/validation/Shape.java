package org.bulletinpipeline.deploy.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The part of a custom resource definition's OpenAPI schema that deploy/k8s uses: which fields an object may have,
 * which it must have, and the JSON type of each. No model classes exist offline for the Strimzi, CloudNativePG and
 * KEDA resources, so their shapes are written here from the operators' CRDs; a field not listed is an error, as for
 * the typed built-in objects.
 */
sealed interface Shape {

    /** The violations of {@code value} at {@code path}, empty when it fits. */
    List<String> check(JsonNode value, String path);

    Shape STRING = scalar("string", JsonNode::isTextual);
    Shape INTEGER = scalar("integer", JsonNode::isIntegralNumber);
    Shape BOOLEAN = scalar("boolean", JsonNode::isBoolean);
    /** A scalar Kafka or PostgreSQL setting: string, number or boolean. */
    Shape SCALAR = scalar("scalar", JsonNode::isValueNode);
    /** Left to the operator to check (e.g. Kubernetes label selectors inside networkPolicyPeers). */
    Shape ANY = scalar("any", v -> true);

    static Shape scalar(String name, Predicate<JsonNode> test) {
        return new Scalar(name, test);
    }

    static Shape mapOf(Shape values) {
        return new MapOf(values);
    }

    static Shape listOf(Shape items) {
        return new ListOf(items);
    }

    static Shape enumOf(String... values) {
        return new Enum(List.of(values));
    }

    static ObjectShape object() {
        return new ObjectShape(new LinkedHashMap<>(), new ArrayList<>());
    }

    record Scalar(String name, Predicate<JsonNode> test) implements Shape {
        @Override
        public List<String> check(JsonNode value, String path) {
            return test.test(value) ? List.of() : List.of(path + ": expected " + name + ", got " + value);
        }
    }

    record Enum(List<String> values) implements Shape {
        @Override
        public List<String> check(JsonNode value, String path) {
            return value.isTextual() && values.contains(value.asText()) ? List.of()
                    : List.of(path + ": expected one of " + values + ", got " + value);
        }
    }

    record MapOf(Shape values) implements Shape {
        @Override
        public List<String> check(JsonNode value, String path) {
            if (!value.isObject()) {
                return List.of(path + ": expected an object, got " + value);
            }
            List<String> violations = new ArrayList<>();
            value.properties().forEach(e -> violations.addAll(values.check(e.getValue(), path + "." + e.getKey())));
            return violations;
        }
    }

    record ListOf(Shape items) implements Shape {
        @Override
        public List<String> check(JsonNode value, String path) {
            if (!value.isArray()) {
                return List.of(path + ": expected a list, got " + value);
            }
            List<String> violations = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                violations.addAll(items.check(value.get(i), path + "[" + i + "]"));
            }
            return violations;
        }
    }

    record ObjectShape(Map<String, Shape> fields, List<String> required) implements Shape {

        ObjectShape req(String name, Shape shape) {
            fields.put(name, shape);
            required.add(name);
            return this;
        }

        ObjectShape opt(String name, Shape shape) {
            fields.put(name, shape);
            return this;
        }

        @Override
        public List<String> check(JsonNode value, String path) {
            if (!value.isObject()) {
                return List.of(path + ": expected an object, got " + value);
            }
            List<String> violations = new ArrayList<>();
            for (String name : required) {
                if (!value.has(name)) {
                    violations.add(path + "." + name + ": required");
                }
            }
            value.properties().forEach(e -> {
                Shape shape = fields.get(e.getKey());
                if (shape == null) {
                    violations.add(path + "." + e.getKey() + ": unknown field");
                } else {
                    violations.addAll(shape.check(e.getValue(), path + "." + e.getKey()));
                }
            });
            return violations;
        }
    }
}
