package org.bulletinpipeline.deploy.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the subset deploy/k8s uses: {@code resources}
 * (files of YAML documents, or directories holding a kustomization), {@code patches} holding RFC 6902 JSON patches
 * with a {@code target} of kind and optional name, {@code images} and {@code namespace}. Any other field fails the
 * rendering, so a manifest cannot come to rely on a feature this renderer would silently skip.
 */
public final class Kustomization {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "patches", "images",
            "namespace");

    private Kustomization() {
    }

    /** The objects the kustomization in {@code directory} produces, in the order of its resources. */
    public static List<ObjectNode> render(Path directory) {
        JsonNode kustomization = readOne(directory.resolve("kustomization.yaml"));
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!SUPPORTED.contains(field)) {
                throw new IllegalArgumentException(directory + ": kustomization field not supported: " + field);
            }
        });
        if (!"Kustomization".equals(kustomization.path("kind").asText())) {
            throw new IllegalArgumentException(directory + ": kind must be Kustomization");
        }
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = directory.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(render(path));
            } else {
                objects.addAll(readAll(path));
            }
        }
        for (JsonNode patch : kustomization.path("patches")) {
            applyPatch(directory, patch, objects);
        }
        for (JsonNode image : kustomization.path("images")) {
            objects.forEach(o -> setImage(o, image));
        }
        if (kustomization.has("namespace")) {
            String namespace = kustomization.get("namespace").asText();
            objects.forEach(o -> ((ObjectNode) o.get("metadata")).put("namespace", namespace));
        }
        return objects;
    }

    private static void applyPatch(Path directory, JsonNode patch, List<ObjectNode> objects) {
        JsonNode target = patch.path("target");
        String kind = target.path("kind").asText(null);
        String name = target.path("name").asText(null);
        if (kind == null || !patch.has("path")) {
            throw new IllegalArgumentException(directory + ": a patch needs a path and a target kind: " + patch);
        }
        JsonNode operations = readOne(directory.resolve(patch.get("path").asText()));
        if (!operations.isArray()) {
            throw new IllegalArgumentException(directory + ": only JSON 6902 patches are supported: " + patch);
        }
        int applied = 0;
        for (ObjectNode object : objects) {
            if (kind.equals(object.path("kind").asText())
                    && (name == null || name.equals(object.path("metadata").path("name").asText()))) {
                JsonPatch.apply(object, operations);
                applied++;
            }
        }
        if (applied == 0) {
            throw new IllegalArgumentException(directory + ": patch matches no object: " + patch);
        }
    }

    /** The images transformer: a container image named {@code name} (any tag) becomes newName:newTag. */
    private static void setImage(ObjectNode object, JsonNode image) {
        JsonNode containers = object.path("spec").path("template").path("spec").path("containers");
        for (JsonNode container : containers) {
            String current = container.path("image").asText();
            int colon = current.lastIndexOf(':');
            String currentName = colon > current.lastIndexOf('/') ? current.substring(0, colon) : current;
            String currentTag = colon > current.lastIndexOf('/') ? current.substring(colon + 1) : null;
            if (currentName.equals(image.path("name").asText())) {
                String newName = image.path("newName").asText(currentName);
                String newTag = image.path("newTag").asText(currentTag);
                ((ObjectNode) container).put("image", newTag == null ? newName : newName + ":" + newTag);
            }
        }
    }

    static JsonNode readOne(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    /** Every non-empty YAML document of {@code file}, each an object with apiVersion, kind and metadata.name. */
    public static List<ObjectNode> readAll(Path file) {
        List<ObjectNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNext()) {
                JsonNode document = it.next();
                if (document == null || document.isNull() || document.isMissingNode() || document.isEmpty()) {
                    continue;
                }
                if (!(document instanceof ObjectNode object) || !object.path("metadata").has("name")
                        || !object.has("apiVersion") || !object.has("kind")) {
                    throw new IllegalArgumentException(file + ": a document without apiVersion, kind or name");
                }
                documents.add(object);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
        return documents;
    }
}
