package org.bulletinpipeline.deploy.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an operator needs before the first production rollout: migrations as a step of their own with a
 * least-privilege runtime role, backups, one PostgreSQL major, budgets that allow drains, a TLS entry that routes
 * only public paths, egress limited per pod, and the monitors, alerts and dashboard.
 */
class ProductionReadinessTest {

    private static final String MIGRATION_JOB = "query-service-migrate";
    /** The major the tests, ./run.sh and the search tuning run on: Debian 12's postgresql-15. */
    private static final String POSTGRES_MAJOR = "15";
    private static final Set<Integer> EGRESS_PORTS = Set.of(53, 9092, 9093, 5432, 4317);

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void aJobMigratesTheSchemaAndThePodsOnlyValidateIt(String overlay) {
        Rendered rendered = Rendered.of(overlay);
        Job job = rendered.one(Job.class, MIGRATION_JOB);
        PodSpec pod = job.getSpec().getTemplate().getSpec();
        Container migrate = pod.getContainers().get(0);
        Container service = InvariantsTest.container(rendered.one(Deployment.class, "query-service"), "query-service");
        assertEquals(service.getImage(), migrate.getImage(), "the Job runs the release's own migrations");
        assertEquals("Never", pod.getRestartPolicy());
        assertNotNull(job.getSpec().getActiveDeadlineSeconds());
        assertEquals("true", env(migrate, "QUARKUS_INIT_AND_EXIT"));
        assertEquals("true", env(migrate, "QUARKUS_FLYWAY_MIGRATE_AT_START"));
        Set<String> keysAsEnv = new TreeSet<>();
        Repository.configKeys("query-service").forEach(k -> keysAsEnv.add(InvariantsTest.envName(k)));
        migrate.getEnv().forEach(e -> assertTrue(keysAsEnv.contains(e.getName()), e.getName()));

        Map<String, String> pods = rendered.configMap("query-service-config").orElseThrow().getData();
        assertEquals("false", pods.get("QUARKUS_FLYWAY_MIGRATE_AT_START"));
        assertEquals("true", pods.get("QUARKUS_FLYWAY_VALIDATE_AT_START"));
        // Quarkus validates before it migrates: where it migrates (the Job, ./run.sh, the tests) it must not validate
        assertTrue(migrate.getEnv().stream().noneMatch(e -> e.getName().equals("QUARKUS_FLYWAY_VALIDATE_AT_START")));
        Map<String, String> config = Repository.config("query-service");
        assertEquals("true", config.get("quarkus.flyway.migrate-at-start"));
        assertEquals("false", config.get("quarkus.flyway.validate-at-start"));
        assertEquals("*:future", config.get("quarkus.flyway.ignore-migration-patterns"),
                "the previous release's pods keep validating the migrated schema during a rollout");
        String initSql = config.get("quarkus.flyway.init-sql");
        assertTrue(initSql.contains("lock_timeout") && initSql.contains("statement_timeout"), initSql);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theRuntimeRoleMayUseEveryTableTheOwnerCreatesAndOwnsNone(String overlay) {
        JsonNode spec = Rendered.of(overlay).customNamed("Cluster", "bulletins-db").path("spec");
        String owner = spec.path("bootstrap").path("initdb").path("owner").asText();
        JsonNode role = spec.path("managed").path("roles").get(0);
        String runtime = role.path("name").asText();
        assertFalse(runtime.equals(owner));
        assertTrue(role.path("login").asBoolean());
        List<String> sql = StreamSupport.stream(spec.path("bootstrap").path("initdb")
                .path("postInitApplicationSQL").spliterator(), false).map(JsonNode::asText).toList();
        assertTrue(sql.stream().anyMatch(s -> s.equals("CREATE ROLE " + runtime + " LOGIN")), sql.toString());
        assertTrue(sql.stream().anyMatch(s -> s.contains("FOR ROLE " + owner) && s.contains("ON TABLES TO " + runtime)
                && s.contains("SELECT, INSERT, UPDATE, DELETE")), sql.toString());
        assertTrue(sql.stream().anyMatch(s -> s.contains("ON SEQUENCES TO " + runtime)), sql.toString());
        assertTrue(sql.stream().noneMatch(s -> s.contains("ALL PRIVILEGES") || s.contains("CREATE ON SCHEMA")),
                "no DDL for the runtime role");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void productionRunsThePostgresMajorOfTheTests(String overlay) {
        String image = Rendered.of(overlay).customNamed("Cluster", "bulletins-db").path("spec").path("imageName")
                .asText();
        String tag = image.substring(image.lastIndexOf(':') + 1);
        assertEquals(POSTGRES_MAJOR, tag.substring(0, tag.indexOf('.')), image);
    }

    @Test
    void theDatabaseIsBackedUpNightlyWithContinuousWalArchiving() {
        Rendered prod = Rendered.of("prod");
        JsonNode cluster = prod.customNamed("Cluster", "bulletins-db");
        JsonNode store = cluster.path("spec").path("backup").path("barmanObjectStore");
        assertTrue(store.path("destinationPath").asText().startsWith("s3://"), store.toString());
        assertFalse(store.path("s3Credentials").path("secretAccessKey").path("name").asText().isEmpty());
        assertTrue(cluster.path("spec").path("backup").path("retentionPolicy").asText().matches("\\d+[dwm]"));

        JsonNode schedule = prod.custom("ScheduledBackup").get(0).path("spec");
        assertEquals("bulletins-db", schedule.path("cluster").path("name").asText());
        assertEquals("barmanObjectStore", schedule.path("method").asText());
        assertEquals(6, schedule.path("schedule").asText().split(" ").length, "CloudNativePG's cron has seconds");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void aDrainMayAlwaysTakeOnePodAndTheAutoscalersKeepTwoInProduction(String overlay) {
        Rendered rendered = Rendered.of(overlay);
        for (PodDisruptionBudget pdb : rendered.all(PodDisruptionBudget.class)) {
            assertEquals(1, pdb.getSpec().getMaxUnavailable().getIntVal(), pdb.getMetadata().getName());
            assertNull(pdb.getSpec().getMinAvailable(), pdb.getMetadata().getName());
        }
        if (overlay.equals("prod")) {
            for (HorizontalPodAutoscaler hpa : rendered.all(HorizontalPodAutoscaler.class)) {
                assertTrue(hpa.getSpec().getMinReplicas() >= 2, hpa.getMetadata().getName());
            }
            JsonNode keda = rendered.customNamed("ScaledObject", "nlp-service").path("spec");
            assertTrue(keda.path("minReplicaCount").asInt() >= 2);
            assertTrue(rendered.one(Deployment.class, "nlp-service").getSpec().getReplicas() >= 2);
        }
    }

    @Test
    void theIngressServesTlsAndRoutesNoAdminPath() {
        Rendered prod = Rendered.of("prod");
        Ingress ingress = prod.all(Ingress.class).get(0);
        Set<String> tlsHosts = new HashSet<>();
        ingress.getSpec().getTls().forEach(t -> {
            assertFalse(t.getSecretName().isBlank());
            tlsHosts.addAll(t.getHosts());
        });
        Set<String> routed = new TreeSet<>();
        for (IngressRule rule : ingress.getSpec().getRules()) {
            assertTrue(tlsHosts.contains(rule.getHost()), rule.getHost() + " without TLS");
            for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                String p = path.getPath();
                String backend = path.getBackend().getService().getName();
                Service service = prod.one(Service.class, backend);
                assertTrue(service.getSpec().getPorts().stream()
                        .anyMatch(port -> port.getName().equals(path.getBackend().getService().getPort().getName())));
                assertFalse(p.startsWith("/api/admin") || p.startsWith("/ui"), p);
                assertFalse(p.equals("/api") || p.equals("/q"), p + " would take admin paths with it");
                if (p.startsWith("/q")) {
                    assertEquals("/q/openapi", p);
                    assertEquals("Exact", path.getPathType());
                }
                if (p.equals("/")) {
                    assertEquals("Exact", path.getPathType(), "a Prefix / would route everything");
                }
                if (backend.equals("ingest-service") && p.startsWith("/api/bulletins")) {
                    assertEquals("Exact", path.getPathType(), "the reprocess path is admin");
                }
                routed.add(backend + " " + p);
            }
        }
        assertTrue(routed.contains("query-service /api/articles"), routed.toString());
        assertTrue(routed.contains("ingest-service /api/bulletins"), routed.toString());
    }

    @Test
    void productionServesNeitherSwaggerUiNorTheDashboardHelpers() {
        Rendered prod = Rendered.of("prod");
        for (String service : Repository.SERVICES) {
            assertEquals("false", prod.configMap(service + "-config").orElseThrow().getData()
                    .get("QUARKUS_SWAGGER_UI_ENABLED"), service);
            assertEquals("true", Repository.config(service).get("quarkus.swagger-ui.enabled"),
                    service + ": ./run.sh and the tests keep it");
        }
        assertEquals("false", prod.configMap("query-service-config").orElseThrow().getData()
                .get("DASHBOARD_HELPERS_ENABLED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyPodOfOursReachesOnlyDnsKafkaPostgresAndTheCollector(String overlay) {
        Rendered rendered = Rendered.of(overlay);
        Map<String, Map<String, String>> pods = new java.util.TreeMap<>();
        rendered.all(Deployment.class).forEach(d -> pods.put(d.getMetadata().getName(),
                d.getSpec().getTemplate().getMetadata().getLabels()));
        rendered.all(Job.class).forEach(j -> pods.put(j.getMetadata().getName(),
                j.getSpec().getTemplate().getMetadata().getLabels()));
        for (var pod : pods.entrySet()) {
            List<NetworkPolicy> egress = rendered.all(NetworkPolicy.class).stream()
                    .filter(n -> n.getSpec().getPolicyTypes().contains("Egress"))
                    .filter(n -> selects(n.getSpec().getPodSelector(), pod.getValue())).toList();
            assertFalse(egress.isEmpty(), pod.getKey() + " has no egress policy: its egress is open");
            Set<Integer> ports = new TreeSet<>();
            for (NetworkPolicy policy : egress) {
                for (NetworkPolicyEgressRule rule : policy.getSpec().getEgress()) {
                    assertFalse(rule.getTo() == null || rule.getTo().isEmpty(), policy.getMetadata().getName()
                            + ": a rule without peers allows every destination");
                    rule.getPorts().forEach(p -> ports.add(p.getPort().getIntVal()));
                }
            }
            assertTrue(EGRESS_PORTS.containsAll(ports), pod.getKey() + ": " + ports);
            rendered.configMap(pod.getKey() + "-config").map(c -> c.getData().get("KAFKA_BOOTSTRAP_SERVERS"))
                    .ifPresent(bootstrap -> assertTrue(ports.contains(Integer.parseInt(
                            bootstrap.substring(bootstrap.lastIndexOf(':') + 1))), pod.getKey() + " reaches " + bootstrap));
            assertTrue(ports.contains(53), pod.getKey() + " resolves names");
            assertEquals(pod.getKey().startsWith("query-service"), ports.contains(5432), pod.getKey());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noPodMountsAServiceAccountToken(String overlay) {
        Rendered rendered = Rendered.of(overlay);
        List<PodSpec> pods = new ArrayList<>();
        rendered.all(Deployment.class).forEach(d -> pods.add(d.getSpec().getTemplate().getSpec()));
        rendered.all(Job.class).forEach(j -> pods.add(j.getSpec().getTemplate().getSpec()));
        assertEquals(4, pods.size());
        pods.forEach(p -> assertFalse(p.getAutomountServiceAccountToken(), p.getContainers().get(0).getName()));
    }

    @Test
    void everyServiceAndTheDatabaseHaveAPodMonitor() {
        Rendered prod = Rendered.of("prod");
        for (String service : Repository.SERVICES) {
            JsonNode monitor = prod.customNamed("PodMonitor", service).path("spec");
            Deployment deployment = prod.one(Deployment.class, service);
            Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            monitor.path("selector").path("matchLabels").fields()
                    .forEachRemaining(e -> assertEquals(e.getValue().asText(), labels.get(e.getKey()), service));
            JsonNode endpoint = monitor.path("podMetricsEndpoints").get(0);
            Container container = InvariantsTest.container(deployment, service);
            assertTrue(container.getPorts().stream().anyMatch(p -> p.getName().equals(endpoint.path("port").asText())));
            assertEquals(Repository.config(service).get("quarkus.micrometer.export.prometheus.path"),
                    endpoint.path("path").asText());
        }
        JsonNode database = prod.customNamed("PodMonitor", "bulletins-db").path("spec");
        assertEquals("bulletins-db", database.path("selector").path("matchLabels").path("cnpg.io/cluster").asText());
        assertEquals("metrics", database.path("podMetricsEndpoints").get(0).path("port").asText());
    }

    @Test
    void alertsCoverLagDeadLettersReadinessErrorsAndDisk() throws IOException {
        Rendered prod = Rendered.of("prod");
        List<String> expressions = new ArrayList<>();
        prod.custom("PrometheusRule").forEach(rule -> rule.path("spec").path("groups").forEach(g -> g.path("rules")
                .forEach(r -> expressions.add(r.path("expr").asText()))));
        for (String metric : List.of("kafka_consumer_fetch_manager_records_lag_max", "nlp_dead_letters_total",
                "kube_deployment_status_replicas_unavailable", "http_server_requests_seconds_count",
                "kubelet_volume_stats_used_bytes", "cnpg_collector_last_available_backup_timestamp")) {
            assertTrue(expressions.stream().anyMatch(e -> e.contains(metric)), metric);
        }
        // the pipeline's own meters are the names nlp-service registers, as Prometheus spells them
        String meters = Files.readString(Repository.ROOT.resolve(
                "nlp-service/src/main/java/org/bulletinpipeline/nlp/observability/PipelineMeters.java"));
        assertTrue(meters.contains("\"nlp.dead.letters\"") && meters.contains("\"nlp.publish.retries\""));
        assertTrue(expressions.stream().anyMatch(e -> e.contains("nlp_publish_retries_total")));
    }

    @Test
    void theGrafanaDashboardPlotsTheAlertedMetrics() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(
                Repository.K8S.resolve("monitoring/grafana-dashboard.json").toFile());
        assertFalse(dashboard.path("title").asText().isBlank());
        assertFalse(dashboard.path("uid").asText().isBlank());
        List<String> expressions = new ArrayList<>();
        dashboard.path("panels").forEach(p -> p.path("targets").forEach(t -> expressions.add(t.path("expr").asText())));
        assertTrue(expressions.size() >= 6, expressions.toString());
        for (String metric : List.of("kafka_consumer_fetch_manager_records_lag_max", "nlp_dead_letters_total",
                "http_server_requests_seconds_count", "kubelet_volume_stats_used_bytes")) {
            assertTrue(expressions.stream().anyMatch(e -> e.contains(metric)), metric);
        }
    }

    private static String env(Container container, String name) {
        return container.getEnv().stream().filter(e -> e.getName().equals(name)).map(EnvVar::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name));
    }

    private static boolean selects(LabelSelector selector, Map<String, String> labels) {
        return selector.getMatchLabels() != null && selector.getMatchLabels().entrySet().stream()
                .allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
}
