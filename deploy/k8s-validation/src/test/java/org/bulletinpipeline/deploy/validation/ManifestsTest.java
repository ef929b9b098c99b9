package org.bulletinpipeline.deploy.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every object deploy/k8s renders is a well-formed Kubernetes object or a well-formed operator resource. */
class ManifestsTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyObjectParsesIntoItsTypeWithoutUnknownFields(String kustomization) {
        List<ObjectNode> objects = Kustomization.render(Repository.K8S.resolve(kustomization));
        List<String> errors = new ArrayList<>();
        for (ObjectNode object : objects) {
            if (TypedManifests.isBuiltIn(object)) {
                try {
                    TypedManifests.parse(object);
                } catch (IllegalArgumentException e) {
                    errors.add(e.getMessage());
                }
            } else {
                errors.addAll(CustomResources.violations(object));
            }
        }
        assertEquals(List.of(), errors);
        assertTrue(objects.size() >= 20, "the whole pipeline renders: " + objects.size() + " objects");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void namesAreUniquePerKindAndEveryObjectIsInTheOverlaysNamespace(String overlay) {
        String namespace = overlay.equals("dev") ? "bulletins-dev" : "bulletins";
        Set<String> seen = new HashSet<>();
        for (ObjectNode object : Repository.render(overlay)) {
            assertTrue(seen.add(TypedManifests.describe(object)), "duplicate " + TypedManifests.describe(object));
            assertEquals(namespace, object.path("metadata").path("namespace").asText(),
                    TypedManifests.describe(object));
        }
    }

    @Test
    void prodRunsReleasedImagesAndDevRunsLocalOnes() {
        for (ObjectNode object : Repository.render("prod")) {
            if (object.path("kind").asText().equals("Deployment")) {
                Deployment deployment = (Deployment) TypedManifests.parse(object);
                String image = deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
                assertTrue(image.startsWith("registry.example.org/bulletin-pipeline/"), image);
                assertFalse(image.endsWith("SNAPSHOT"), image);
            }
        }
        for (ObjectNode object : Repository.render("dev")) {
            if (object.path("kind").asText().equals("Deployment")) {
                Deployment deployment = (Deployment) TypedManifests.parse(object);
                assertEquals("Never", deployment.getSpec().getTemplate().getSpec().getContainers().get(0)
                        .getImagePullPolicy());
            }
        }
    }

    @Test
    void aMisspelledFieldOfABuiltInObjectIsRejected() throws IOException {
        ObjectNode deployment = (ObjectNode) YAML.readTree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  selector: {matchLabels: {a: b}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      containers:
                        - name: x
                          image: x
                          readinesProbe: {httpGet: {path: /q/health/ready, port: 8080}}
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TypedManifests.parse(deployment));
        assertTrue(e.getMessage().contains("readinesProbe"), e.getMessage());
    }

    @Test
    void aValueOfTheWrongTypeIsRejected() throws IOException {
        ObjectNode deployment = (ObjectNode) YAML.readTree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec: {replicas: two}
                """);
        assertThrows(IllegalArgumentException.class, () -> TypedManifests.parse(deployment));
    }

    @Test
    void aCustomResourceWithAnUnknownFieldOrWithoutARequiredOneIsReported() throws IOException {
        ObjectNode scaledObject = (ObjectNode) YAML.readTree("""
                apiVersion: keda.sh/v1alpha1
                kind: ScaledObject
                metadata: {name: x}
                spec:
                  maxReplicas: 6
                  triggers: [{type: kafka, metadata: {lagThreshold: 20}}]
                """);
        List<String> violations = CustomResources.violations(scaledObject);
        assertTrue(violations.contains("ScaledObject/x.spec.scaleTargetRef: required"), violations.toString());
        assertTrue(violations.contains("ScaledObject/x.spec.maxReplicas: unknown field"), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("lagThreshold: expected string")),
                violations.toString());

        ObjectNode unknownKind = (ObjectNode) YAML.readTree("""
                apiVersion: kafka.strimzi.io/v1alpha1
                kind: Kafka
                metadata: {name: x}
                spec: {}
                """);
        assertFalse(CustomResources.violations(unknownKind).isEmpty());
    }

    @Test
    void theRendererRefusesWhatItDoesNotImplement(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                configMapGenerator: [{name: x, literals: [a=b]}]
                """);
        assertThrows(IllegalArgumentException.class, () -> Kustomization.render(dir));
    }

    @Test
    void aPatchThatMatchesNothingOrPointsNowhereFails(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cm.yaml"), """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: x}
                data: {A: "1"}
                """);
        Files.writeString(dir.resolve("replace-missing.yaml"), """
                - op: replace
                  path: /data/B
                  value: "2"
                """);
        Files.writeString(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [cm.yaml]
                patches:
                  - path: replace-missing.yaml
                    target: {kind: ConfigMap, name: x}
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Kustomization.render(dir));
        assertTrue(e.getMessage().contains("/data/B"), e.getMessage());

        Files.writeString(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [cm.yaml]
                patches:
                  - path: replace-missing.yaml
                    target: {kind: ConfigMap, name: y}
                """);
        assertThrows(IllegalArgumentException.class, () -> Kustomization.render(dir));
    }

    @Test
    void patchesAndTheNamespaceAreApplied(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cm.yaml"), """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: x}
                data: {A: "1"}
                """);
        Files.writeString(dir.resolve("add.yaml"), """
                - op: add
                  path: /data/B
                  value: "2"
                - op: replace
                  path: /data/A
                  value: "3"
                """);
        Files.writeString(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                namespace: n
                resources: [cm.yaml]
                patches:
                  - path: add.yaml
                    target: {kind: ConfigMap}
                """);
        List<ObjectNode> objects = Kustomization.render(dir);
        HasMetadata cm = TypedManifests.parse(objects.get(0));
        assertEquals("n", cm.getMetadata().getNamespace());
        assertEquals("{\"A\":\"3\",\"B\":\"2\"}", objects.get(0).get("data").toString());
    }
}
