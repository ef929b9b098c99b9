package org.bulletinpipeline.deploy.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** RFC 6902 add, replace and remove, the operations the overlays use; a path that does not resolve fails. */
final class JsonPatch {

    private JsonPatch() {
    }

    static void apply(ObjectNode document, JsonNode operations) {
        for (JsonNode operation : operations) {
            String op = operation.path("op").asText();
            String path = operation.path("path").asText();
            int slash = path.lastIndexOf('/');
            JsonNode parent = document.at(path.substring(0, slash));
            String last = unescape(path.substring(slash + 1));
            if (parent.isMissingNode()) {
                throw new IllegalArgumentException("no parent for " + path + " in " + name(document));
            }
            switch (op) {
                case "add" -> add(parent, last, operation.get("value"), path, document);
                case "replace" -> {
                    requireExisting(parent, last, path, document);
                    set(parent, last, operation.get("value"));
                }
                case "remove" -> {
                    requireExisting(parent, last, path, document);
                    if (parent instanceof ObjectNode object) {
                        object.remove(last);
                    } else {
                        ((ArrayNode) parent).remove(Integer.parseInt(last));
                    }
                }
                default -> throw new IllegalArgumentException("unsupported patch op " + op + " at " + path);
            }
        }
    }

    private static void add(JsonNode parent, String last, JsonNode value, String path, ObjectNode document) {
        if (value == null) {
            throw new IllegalArgumentException("add without value at " + path + " in " + name(document));
        }
        if (parent instanceof ArrayNode array) {
            if ("-".equals(last)) {
                array.add(value);
            } else {
                array.insert(Integer.parseInt(last), value);
            }
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    private static void set(JsonNode parent, String last, JsonNode value) {
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    private static void requireExisting(JsonNode parent, String last, String path, ObjectNode document) {
        boolean exists = parent instanceof ArrayNode array
                ? last.matches("\\d+") && Integer.parseInt(last) < array.size()
                : parent.has(last);
        if (!exists) {
            throw new IllegalArgumentException("nothing at " + path + " in " + name(document));
        }
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    private static String name(ObjectNode document) {
        return document.path("kind").asText() + "/" + document.path("metadata").path("name").asText();
    }
}
