package org.bulletinpipeline.deploy.validation;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;

/** One overlay rendered: the built-in objects typed, the custom resources as trees. */
record Rendered(String overlay, List<ObjectNode> objects) {

    static Rendered of(String overlay) {
        return new Rendered(overlay, Repository.render(overlay));
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(TypedManifests::isBuiltIn).map(TypedManifests::parse)
                .filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T one(Class<T> type, String name) {
        return all(type).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": no " + type.getSimpleName() + " " + name));
    }

    Optional<ConfigMap> configMap(String name) {
        return all(ConfigMap.class).stream().filter(c -> c.getMetadata().getName().equals(name)).findFirst();
    }

    List<JsonNode> custom(String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind))
                .filter(o -> !TypedManifests.isBuiltIn(o)).map(o -> (JsonNode) o).toList();
    }

    JsonNode customNamed(String kind, String name) {
        return custom(kind).stream().filter(o -> o.path("metadata").path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": no " + kind + " " + name));
    }
}
