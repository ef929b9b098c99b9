package org.bulletinpipeline.deploy.validation;

import static org.bulletinpipeline.deploy.validation.Shape.ANY;
import static org.bulletinpipeline.deploy.validation.Shape.BOOLEAN;
import static org.bulletinpipeline.deploy.validation.Shape.INTEGER;
import static org.bulletinpipeline.deploy.validation.Shape.SCALAR;
import static org.bulletinpipeline.deploy.validation.Shape.STRING;
import static org.bulletinpipeline.deploy.validation.Shape.enumOf;
import static org.bulletinpipeline.deploy.validation.Shape.listOf;
import static org.bulletinpipeline.deploy.validation.Shape.mapOf;
import static org.bulletinpipeline.deploy.validation.Shape.object;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks the Strimzi ({@code kafka.strimzi.io/v1beta2}), CloudNativePG ({@code postgresql.cnpg.io/v1}), KEDA
 * ({@code keda.sh/v1alpha1}) and Prometheus Operator ({@code monitoring.coreos.com/v1}) objects: apiVersion and kind known, the fields their CRDs require present, and no
 * field outside the subset of the schema written below.
 */
public final class CustomResources {

    private static final Shape METADATA = object()
            .req("name", STRING)
            .opt("namespace", STRING)
            .opt("labels", mapOf(STRING))
            .opt("annotations", mapOf(STRING));

    private static final Shape RESOURCES = object()
            .opt("requests", mapOf(SCALAR))
            .opt("limits", mapOf(SCALAR));

    private static final Shape KAFKA_NODE_POOL = object()
            .req("replicas", INTEGER)
            .req("roles", listOf(enumOf("controller", "broker")))
            .req("storage", object()
                    .req("type", enumOf("jbod", "ephemeral", "persistent-claim"))
                    .opt("volumes", listOf(object()
                            .req("id", INTEGER)
                            .req("type", enumOf("ephemeral", "persistent-claim"))
                            .opt("size", STRING)
                            .opt("class", STRING)
                            .opt("deleteClaim", BOOLEAN)
                            .opt("kraftMetadata", enumOf("shared")))))
            .opt("resources", RESOURCES);

    private static final Shape KAFKA = object()
            .req("kafka", object()
                    .opt("version", STRING)
                    .opt("metadataVersion", STRING)
                    .req("listeners", listOf(object()
                            .req("name", STRING)
                            .req("port", INTEGER)
                            .req("type", enumOf("internal", "route", "loadbalancer", "nodeport", "ingress",
                                    "cluster-ip"))
                            .req("tls", BOOLEAN)
                            .opt("authentication", ANY)
                            .opt("networkPolicyPeers", listOf(ANY))))
                    .opt("config", mapOf(SCALAR))
                    .opt("authorization", ANY))
            .opt("entityOperator", object()
                    .opt("topicOperator", object().opt("resources", RESOURCES))
                    .opt("userOperator", object().opt("resources", RESOURCES)));

    private static final Shape KAFKA_TOPIC = object()
            .opt("topicName", STRING)
            .opt("partitions", INTEGER)
            .opt("replicas", INTEGER)
            .opt("config", mapOf(SCALAR));

    private static final Shape SECRET_KEY = object().req("name", STRING).req("key", STRING);

    private static final Shape CNPG_CLUSTER = object()
            .req("instances", INTEGER)
            .opt("imageName", STRING)
            .opt("primaryUpdateStrategy", enumOf("unsupervised", "supervised"))
            .opt("bootstrap", object()
                    .opt("initdb", object()
                            .opt("database", STRING)
                            .opt("owner", STRING)
                            .opt("secret", object().req("name", STRING))
                            .opt("postInitApplicationSQL", listOf(STRING))))
            .opt("managed", object()
                    .opt("roles", listOf(object()
                            .req("name", STRING)
                            .opt("ensure", enumOf("present", "absent"))
                            .opt("login", BOOLEAN)
                            .opt("connectionLimit", INTEGER)
                            .opt("inRoles", listOf(STRING))
                            .opt("passwordSecret", object().req("name", STRING)))))
            .opt("backup", object()
                    .opt("retentionPolicy", STRING)
                    .opt("target", enumOf("primary", "prefer-standby"))
                    .opt("barmanObjectStore", object()
                            .req("destinationPath", STRING)
                            .opt("endpointURL", STRING)
                            .opt("s3Credentials", object()
                                    .req("accessKeyId", SECRET_KEY)
                                    .req("secretAccessKey", SECRET_KEY))
                            .opt("wal", object()
                                    .opt("compression", enumOf("gzip", "bzip2", "snappy", "lz4", "zstd"))
                                    .opt("maxParallel", INTEGER))
                            .opt("data", object()
                                    .opt("compression", enumOf("gzip", "bzip2", "snappy", "lz4", "zstd"))
                                    .opt("jobs", INTEGER))))
            .opt("storage", object()
                    .opt("size", STRING)
                    .opt("storageClass", STRING))
            .opt("postgresql", object().opt("parameters", mapOf(STRING)))
            .opt("resources", RESOURCES)
            .opt("monitoring", object().opt("enablePodMonitor", BOOLEAN));

    private static final Shape CNPG_SCHEDULED_BACKUP = object()
            .req("schedule", STRING)
            .req("cluster", object().req("name", STRING))
            .opt("immediate", BOOLEAN)
            .opt("suspend", BOOLEAN)
            .opt("backupOwnerReference", enumOf("none", "self", "cluster"))
            .opt("method", enumOf("barmanObjectStore", "volumeSnapshot", "plugin"))
            .opt("target", enumOf("primary", "prefer-standby"));

    private static final Shape LABEL_SELECTOR = object()
            .opt("matchLabels", mapOf(STRING))
            .opt("matchExpressions", listOf(ANY));

    private static final Shape POD_MONITOR = object()
            .req("selector", LABEL_SELECTOR)
            .opt("namespaceSelector", ANY)
            .req("podMetricsEndpoints", listOf(object()
                    .opt("port", STRING)
                    .opt("path", STRING)
                    .opt("interval", STRING)
                    .opt("scrapeTimeout", STRING)
                    .opt("scheme", enumOf("http", "https"))));

    private static final Shape PROMETHEUS_RULE = object()
            .req("groups", listOf(object()
                    .req("name", STRING)
                    .opt("interval", STRING)
                    .req("rules", listOf(object()
                            .opt("alert", STRING)
                            .opt("record", STRING)
                            .req("expr", STRING)
                            .opt("for", STRING)
                            .opt("labels", mapOf(STRING))
                            .opt("annotations", mapOf(STRING))))));

    private static final Shape SCALED_OBJECT = object()
            .req("scaleTargetRef", object()
                    .req("name", STRING)
                    .opt("apiVersion", STRING)
                    .opt("kind", STRING))
            .opt("minReplicaCount", INTEGER)
            .opt("maxReplicaCount", INTEGER)
            .opt("pollingInterval", INTEGER)
            .opt("cooldownPeriod", INTEGER)
            .opt("advanced", object()
                    .opt("horizontalPodAutoscalerConfig", object().opt("behavior", ANY)))
            .req("triggers", listOf(object()
                    .req("type", STRING)
                    // KEDA's trigger metadata is a map of strings: a number written unquoted is refused
                    .req("metadata", mapOf(STRING))
                    .opt("authenticationRef", object().req("name", STRING))));

    private static final Shape SECRET_KEY_REF = object()
            .req("secretKeyRef", object().req("name", STRING).req("key", STRING));

    private static final Shape KAFKA_USER = object()
            .opt("authentication", object()
                    .req("type", enumOf("scram-sha-512", "tls", "tls-external"))
                    .opt("password", object().req("valueFrom", SECRET_KEY_REF)))
            .opt("authorization", object()
                    .req("type", enumOf("simple"))
                    .req("acls", listOf(object()
                            .req("resource", object()
                                    .req("type", enumOf("topic", "group", "cluster", "transactionalId"))
                                    .opt("name", STRING)
                                    .opt("patternType", enumOf("literal", "prefix")))
                            .req("operations", listOf(enumOf("Read", "Write", "Create", "Delete", "Alter",
                                    "Describe", "ClusterAction", "AlterConfigs", "DescribeConfigs",
                                    "IdempotentWrite", "All")))
                            .opt("host", STRING))));

    private static final Shape TRIGGER_AUTHENTICATION = object()
            .req("secretTargetRef", listOf(object()
                    .req("parameter", STRING)
                    .req("name", STRING)
                    .req("key", STRING)));

    private static final Map<String, Shape> SPECS = Map.of(
            "kafka.strimzi.io/v1beta2/Kafka", KAFKA,
            "kafka.strimzi.io/v1beta2/KafkaNodePool", KAFKA_NODE_POOL,
            "kafka.strimzi.io/v1beta2/KafkaTopic", KAFKA_TOPIC,
            "kafka.strimzi.io/v1beta2/KafkaUser", KAFKA_USER,
            "postgresql.cnpg.io/v1/Cluster", CNPG_CLUSTER,
            "postgresql.cnpg.io/v1/ScheduledBackup", CNPG_SCHEDULED_BACKUP,
            "keda.sh/v1alpha1/ScaledObject", SCALED_OBJECT,
            "keda.sh/v1alpha1/TriggerAuthentication", TRIGGER_AUTHENTICATION,
            "monitoring.coreos.com/v1/PodMonitor", POD_MONITOR,
            "monitoring.coreos.com/v1/PrometheusRule", PROMETHEUS_RULE);

    private CustomResources() {
    }

    /** The violations of one custom resource; an apiVersion/kind not listed above is one. */
    public static List<String> violations(JsonNode object) {
        String key = TypedManifests.key(object);
        Shape spec = SPECS.get(key);
        if (spec == null) {
            return List.of(TypedManifests.describe(object) + ": unknown apiVersion/kind " + key);
        }
        Shape resource = object()
                .req("apiVersion", STRING)
                .req("kind", STRING)
                .req("metadata", METADATA)
                .req("spec", spec);
        return resource.check(object, TypedManifests.describe(object));
    }
}
