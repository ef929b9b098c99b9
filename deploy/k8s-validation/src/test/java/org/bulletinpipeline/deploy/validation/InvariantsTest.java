package org.bulletinpipeline.deploy.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What ties the manifests to the services: ports, health paths, configuration keys, topics and partitions. */
class InvariantsTest {

    private static final Map<String, String> HEALTH_PATHS = Map.of(
            "startup", "/q/health/started", "readiness", "/q/health/ready", "liveness", "/q/health/live");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void probesPortsAndServicesMatchEachServicesHttpPort(String overlay) {
        Rendered rendered = Rendered.of(overlay);
        for (String service : Repository.SERVICES) {
            int httpPort = Integer.parseInt(Repository.config(service).get("quarkus.http.port"));
            Deployment deployment = rendered.one(Deployment.class, service);
            Container container = container(deployment, service);

            Map<String, Probe> probes = Map.of("startup", container.getStartupProbe(),
                    "readiness", container.getReadinessProbe(), "liveness", container.getLivenessProbe());
            probes.forEach((kind, probe) -> {
                assertNotNull(probe, overlay + " " + service + ": " + kind + " probe");
                assertEquals(HEALTH_PATHS.get(kind), probe.getHttpGet().getPath(), service + " " + kind);
                assertEquals(httpPort, resolve(container, probe.getHttpGet().getPort()), service + " " + kind);
            });

            Service svc = rendered.one(Service.class, service);
            assertEquals(deployment.getSpec().getTemplate().getMetadata().getLabels().get("app.kubernetes.io/name"),
                    svc.getSpec().getSelector().get("app.kubernetes.io/name"));
            svc.getSpec().getPorts().forEach(p -> assertEquals(httpPort, resolve(container, p.getTargetPort())));

            assertEquals(String.valueOf(httpPort),
                    deployment.getSpec().getTemplate().getMetadata().getAnnotations().get("prometheus.io/port"));
            assertEquals(Repository.config(service).get("quarkus.micrometer.export.prometheus.path"),
                    deployment.getSpec().getTemplate().getMetadata().getAnnotations().get("prometheus.io/path"));

            NetworkPolicy policy = rendered.one(NetworkPolicy.class, service);
            policy.getSpec().getIngress().forEach(rule -> rule.getPorts()
                    .forEach(p -> assertEquals(httpPort, p.getPort().getIntVal(), service + " network policy")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyEnvironmentVariableIsAConfigKeyTheServiceReads(String overlay) {
        Rendered rendered = Rendered.of(overlay);
        List<String> unread = new ArrayList<>();
        for (String service : Repository.SERVICES) {
            Set<String> keysAsEnv = new TreeSet<>();
            Repository.configKeys(service).forEach(k -> keysAsEnv.add(envName(k)));
            Container container = container(rendered.one(Deployment.class, service), service);
            for (String variable : environment(rendered, container)) {
                if (!keysAsEnv.contains(variable)) {
                    unread.add(overlay + " " + service + ": " + variable);
                }
            }
        }
        assertEquals(List.of(), unread, "variables no key of application.properties maps to");
    }

    @Test
    void theEnvironmentNameOfAKeyFollowsMicroProfileConfig() {
        assertEquals("KAFKA_BOOTSTRAP_SERVERS", envName("kafka.bootstrap.servers"));
        assertEquals("QUARKUS_DATASOURCE_JDBC_URL", envName("quarkus.datasource.jdbc.url"));
        assertEquals("INGEST_ACK_TIMEOUT", envName("ingest.ack-timeout"));
        assertFalse(Repository.configKeys("ingest-service").stream().map(InvariantsTest::envName)
                .anyMatch("INGEST_ACK_TIMEOT"::equals), "a misspelled variable would be reported");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void nlpNeverRunsMoreConsumersThanBulletinsRawHasPartitions(String overlay) {
        Rendered rendered = Rendered.of(overlay);
        Map<String, String> nlp = Repository.config("nlp-service");
        String topic = nlp.get("mp.messaging.incoming.bulletins-raw.topic");
        int partitions = topic(rendered, topic).path("spec").path("partitions").asInt();

        JsonNode scaledObject = rendered.customNamed("ScaledObject", "nlp-service");
        assertEquals("nlp-service", scaledObject.path("spec").path("scaleTargetRef").path("name").asText());
        int maxReplicas = scaledObject.path("spec").path("maxReplicaCount").asInt();
        assertTrue(maxReplicas >= 1 && maxReplicas <= partitions, maxReplicas + " replicas, " + partitions);
        assertTrue(rendered.one(Deployment.class, "nlp-service").getSpec().getReplicas() <= partitions);

        JsonNode trigger = scaledObject.path("spec").path("triggers").get(0);
        assertEquals("kafka", trigger.path("type").asText());
        assertEquals(topic, trigger.path("metadata").path("topic").asText());
        assertEquals(nlp.get("mp.messaging.incoming.bulletins-raw.group.id"),
                trigger.path("metadata").path("consumerGroup").asText());
        assertEquals(rendered.configMap("nlp-service-config").orElseThrow().getData().get("KAFKA_BOOTSTRAP_SERVERS"),
                trigger.path("metadata").path("bootstrapServers").asText());
        assertTrue(rendered.all(HorizontalPodAutoscaler.class).stream()
                .noneMatch(h -> h.getSpec().getScaleTargetRef().getName().equals("nlp-service")),
                "KEDA owns nlp-service's HPA; a second one would fight it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyTopicAServiceUsesExistsAndTakesItsLargestRecord(String overlay) {
        Rendered rendered = Rendered.of(overlay);
        long brokerMax = rendered.customNamed("Kafka", "bulletins").path("spec").path("kafka").path("config")
                .path("message.max.bytes").asLong();
        int brokers = rendered.customNamed("KafkaNodePool", "dual-role").path("spec").path("replicas").asInt();
        for (String service : Repository.SERVICES) {
            Map<String, String> config = Repository.config(service);
            config.forEach((key, value) -> {
                if (key.matches("mp\\.messaging\\.(incoming|outgoing)\\.[^.]+\\.topic")) {
                    JsonNode topic = topic(rendered, value);
                    assertEquals("bulletins", topic.path("metadata").path("labels").path("strimzi.io/cluster")
                            .asText(), value);
                    int replicas = topic.path("spec").path("replicas").asInt();
                    assertTrue(replicas <= brokers, value + ": " + replicas + " replicas on " + brokers + " brokers");
                    int minIsr = topic.path("spec").path("config").path("min.insync.replicas").asInt();
                    assertTrue(minIsr >= 1 && minIsr <= replicas, value + " min.insync.replicas " + minIsr);
                    long topicMax = topic.path("spec").path("config").path("max.message.bytes").asLong();
                    String channel = key.substring(0, key.length() - ".topic".length());
                    String producerMax = config.get(channel + ".max.request.size");
                    if (producerMax != null) {
                        assertTrue(Long.parseLong(producerMax) <= topicMax, value + " takes " + topicMax);
                        assertTrue(Long.parseLong(producerMax) <= brokerMax, "broker takes " + brokerMax);
                    }
                }
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void databaseCredentialsComeFromTheCloudNativePgSecrets(String overlay) {
        Rendered rendered = Rendered.of(overlay);
        String cluster = rendered.custom("Cluster").get(0).path("metadata").path("name").asText();
        JsonNode spec = rendered.customNamed("Cluster", cluster).path("spec");
        JsonNode runtimeRole = spec.path("managed").path("roles").get(0);
        // the pods log in as the managed runtime role, the migration Job as the owner CloudNativePG creates
        assertCredentials(container(rendered.one(Deployment.class, "query-service"), "query-service"),
                runtimeRole.path("passwordSecret").path("name").asText());
        assertCredentials(rendered.one(Job.class, "query-service-migrate").getSpec().getTemplate().getSpec()
                .getContainers().get(0), cluster + "-app");
        String url = rendered.configMap("query-service-config").orElseThrow().getData()
                .get("QUARKUS_DATASOURCE_JDBC_URL");
        assertEquals("jdbc:postgresql://" + cluster + "-rw:5432/" + spec.path("bootstrap").path("initdb")
                .path("database").asText(), url);
    }

    private static void assertCredentials(Container container, String secret) {
        Map<String, String> secretKeys = Map.of("QUARKUS_DATASOURCE_USERNAME", "username",
                "QUARKUS_DATASOURCE_PASSWORD", "password");
        secretKeys.forEach((variable, key) -> {
            EnvVar env = container.getEnv().stream().filter(e -> e.getName().equals(variable)).findFirst()
                    .orElseThrow(() -> new AssertionError(variable));
            assertEquals(secret, env.getValueFrom().getSecretKeyRef().getName(), variable);
            assertEquals(key, env.getValueFrom().getSecretKeyRef().getKey(), variable);
        });
    }

    @Test
    void inProdEachServiceLogsInToKafkaAsItsOwnUserAndReadsItsKeysFromTheSecret() {
        Rendered rendered = Rendered.of("prod");
        JsonNode listener = rendered.customNamed("Kafka", "bulletins").path("spec").path("kafka").path("listeners").get(0);
        assertEquals("scram-sha-512", listener.path("authentication").path("type").asText());
        assertTrue(listener.path("tls").asBoolean(), "SCRAM over TLS");
        assertEquals("simple", rendered.customNamed("Kafka", "bulletins").path("spec").path("kafka")
                .path("authorization").path("type").asText());
        for (String service : Repository.SERVICES) {
            JsonNode user = rendered.customNamed("KafkaUser", service);
            assertFalse(user.path("spec").path("authorization").path("acls").isEmpty(), service + " has ACLs");
            Deployment deployment = rendered.one(Deployment.class, service);
            EnvVar jaas = container(deployment, service).getEnv().stream()
                    .filter(e -> e.getName().equals("KAFKA_SASL_JAAS_CONFIG")).findFirst()
                    .orElseThrow(() -> new AssertionError(service + " has no KAFKA_SASL_JAAS_CONFIG"));
            assertEquals(service, jaas.getValueFrom().getSecretKeyRef().getName(), service + " logs in as itself");
            Map<String, String> config = rendered.configMap(service + "-config").orElseThrow().getData();
            assertEquals("SASL_SSL", config.get("KAFKA_SECURITY_PROTOCOL"), service);
            assertEquals(listener.path("port").asInt(), Integer.parseInt(config.get("KAFKA_BOOTSTRAP_SERVERS")
                    .replaceAll(".*:", "")), service + " talks to the SCRAM listener");
            String keysFile = config.get("BULLETIN_ACCESS_KEYS_FILE");
            assertTrue(deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                    .anyMatch(v -> v.getSecret() != null && "bulletin-access-keys".equals(v.getSecret().getSecretName())),
                    service + " mounts the keys Secret");
            assertTrue(container(deployment, service).getVolumeMounts().stream()
                    .anyMatch(m -> keysFile.startsWith(m.getMountPath() + "/")), service + " mounts " + keysFile);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void autoscalersAndDisruptionBudgetsPointAtTheDeployments(String overlay) {
        Rendered rendered = Rendered.of(overlay);
        Set<String> scaledByCpu = new TreeSet<>();
        for (HorizontalPodAutoscaler hpa : rendered.all(HorizontalPodAutoscaler.class)) {
            Deployment target = rendered.one(Deployment.class, hpa.getSpec().getScaleTargetRef().getName());
            assertEquals("cpu", hpa.getSpec().getMetrics().get(0).getResource().getName());
            assertNotNull(container(target, target.getMetadata().getName()).getResources().getRequests().get("cpu"),
                    "CPU utilisation is relative to the request");
            assertTrue(hpa.getSpec().getMinReplicas() <= hpa.getSpec().getMaxReplicas());
            scaledByCpu.add(target.getMetadata().getName());
        }
        assertEquals(Set.of("ingest-service", "query-service"), scaledByCpu);
        for (PodDisruptionBudget pdb : rendered.all(PodDisruptionBudget.class)) {
            Deployment target = rendered.one(Deployment.class, pdb.getMetadata().getName());
            Map<String, String> labels = target.getSpec().getTemplate().getMetadata().getLabels();
            pdb.getSpec().getSelector().getMatchLabels()
                    .forEach((k, v) -> assertEquals(v, labels.get(k), pdb.getMetadata().getName()));
        }
        assertEquals(3, rendered.all(PodDisruptionBudget.class).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void podsRunUnprivilegedWithBoundedMemoryAndTimeToDrain(String overlay) {
        Rendered rendered = Rendered.of(overlay);
        Duration ackTimeout = Duration.parse("PT" + Repository.config("ingest-service").get("ingest.ack-timeout")
                .toUpperCase(Locale.ROOT));
        for (String service : Repository.SERVICES) {
            PodSpec pod = rendered.one(Deployment.class, service).getSpec().getTemplate().getSpec();
            Container container = container(rendered.one(Deployment.class, service), service);
            assertTrue(pod.getSecurityContext().getRunAsNonRoot(), service);
            assertFalse(container.getSecurityContext().getAllowPrivilegeEscalation(), service);
            assertTrue(container.getSecurityContext().getReadOnlyRootFilesystem(), service);

            Quantity request = container.getResources().getRequests().get("memory");
            Quantity limit = container.getResources().getLimits().get("memory");
            assertTrue(limit.getNumericalAmount().compareTo(request.getNumericalAmount()) >= 0, service);

            long preStop = container.getLifecycle().getPreStop().getSleep().getSeconds();
            long grace = pod.getTerminationGracePeriodSeconds();
            assertTrue(grace >= preStop + ackTimeout.toSeconds() + 10,
                    service + ": " + grace + " s to drain after a " + preStop + " s pause");
        }
    }

    private static JsonNode topic(Rendered rendered, String name) {
        return rendered.custom("KafkaTopic").stream()
                .filter(t -> t.path("spec").path("topicName").asText(t.path("metadata").path("name").asText())
                        .equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(rendered.overlay() + ": no KafkaTopic " + name));
    }

    /** Every variable the container gets: its env entries and every key of the ConfigMaps it takes whole. */
    private static List<String> environment(Rendered rendered, Container container) {
        List<String> names = new ArrayList<>();
        if (container.getEnv() != null) {
            container.getEnv().forEach(e -> names.add(e.getName()));
        }
        if (container.getEnvFrom() != null) {
            for (EnvFromSource source : container.getEnvFrom()) {
                assertNotNull(source.getConfigMapRef(), "only ConfigMaps are taken whole");
                String name = source.getConfigMapRef().getName();
                names.addAll(rendered.configMap(name).orElseThrow(() -> new AssertionError("no ConfigMap " + name))
                        .getData().keySet());
            }
        }
        return names;
    }

    /** MicroProfile Config's environment name of a key: every character not a letter or digit becomes '_'. */
    static String envName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    static Container container(Deployment deployment, String name) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no container " + name));
    }

    private static int resolve(Container container, IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName()))
                .map(ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal()));
    }
}
