package org.bulletinpipeline.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bulletinpipeline.testsupport.KafkaTestConfig;

/**
 * The three packaged services started as separate processes on the real broker and the real PostgreSQL, with
 * ports and consumer groups of their own, so a system started by ./run.sh beside the tests is not disturbed.
 */
final class Pipeline implements AutoCloseable {

    static final Duration READY = Duration.ofSeconds(90);
    /** The API key of the feed the tests post as. */
    static final String FEED_KEY = "e2e-feed-key";
    /** echo -n e2e-feed-key | sha256sum */
    private static final String FEED_KEY_SHA256 = "a3f213afd0a6831ad101b248ec09a77f4d2405c8cbccb81ec282c1a4ffd5d6d2";
    private static final String RUN = System.getProperty("test.run.id", String.valueOf(System.currentTimeMillis()));

    private final Map<String, Map<String, String>> settings = new HashMap<>();
    private final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, ServiceProcess> running = new HashMap<>();
    private final Map<String, String> groups = new HashMap<>();
    private final String id = Long.toString(System.nanoTime(), 36);

    Pipeline() throws IOException {
        String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
        for (String service : List.of("nlp-service", "query-service", "ingest-service")) {
            ports.put(service, freePort());
            settings.put(service, new HashMap<>(Map.of("kafka.bootstrap.servers", bootstrap)));
        }
        consume("nlp-service", "bulletins-raw", "bulletins.raw");
        consume("query-service", "articles-extracted", "articles.extracted");
        consume("query-service", "bulletins-raw", "bulletins.raw");
        consume("query-service", "bulletins-dlq", "bulletins.dlq");
        settings.get("query-service").put("quarkus.datasource.jdbc.url",
                "jdbc:postgresql://localhost:5432/bulletins_e2e");
        settings.get("ingest-service").put("ingest.query-base-url", url("query-service", ""));
        // the feed's key as production configures keys: by its SHA-256, with its holder and role
        for (String service : List.of("ingest-service", "nlp-service")) {
            settings.get(service).put("bulletin.access.keys." + FEED_KEY_SHA256, "e2e-feed feed");
        }
        settings.get("query-service").put("dashboard.ingest-url", url("ingest-service", ""));
    }

    /**
     * Each consumer gets a group of its own for this pipeline, positioned at the current end of its topic (what
     * earlier runs left there is not replayed, and a restarted service resumes from its commits), and a short
     * session timeout: a killed consumer's partitions move to its successor only after it.
     */
    private void consume(String service, String channel, String topic) {
        String prefix = "mp.messaging.incoming." + channel + ".";
        String group = service + "-e2e-" + RUN + "-" + id;
        KafkaTestConfig.startGroupAtEnd(group, topic);
        settings.get(service).putAll(Map.of(prefix + "group.id", group, prefix + "session.timeout.ms", "10000"));
        groups.put(group, topic);
    }

    /** query-service stores into this database (it must exist, owned by bulletin) instead of bulletins_e2e. */
    Pipeline database(String name) {
        settings.get("query-service").put("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:5432/" + name);
        return this;
    }

    /**
     * Tracing on in every service, as the prod overlay turns it on, but exported over OTLP/HTTP to {@code endpoint}
     * and in batches 100 ms apart instead of 5 s, so a test sees a trace soon after the pipeline is done with it.
     */
    Pipeline tracedTo(String endpoint) {
        for (Map<String, String> service : settings.values()) {
            service.putAll(Map.of("quarkus.otel.sdk.disabled", "false",
                    "quarkus.otel.exporter.otlp.traces.endpoint", endpoint,
                    "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
                    "quarkus.otel.bsp.schedule.delay", "100ms"));
        }
        return this;
    }

    /** Starts every service and waits until each is ready; stops what it started if one does not come up. */
    Pipeline start() throws IOException, InterruptedException {
        try {
            for (String service : List.of("nlp-service", "query-service", "ingest-service")) {
                start(service);
            }
            for (ServiceProcess service : running.values()) {
                service.awaitReady(READY);
            }
            groups.forEach((group, topic) -> KafkaTestConfig.awaitAssignment(group, topic, READY));
            return this;
        } catch (RuntimeException | IOException e) {
            close();
            throw e;
        }
    }

    void start(String service) throws IOException {
        running.put(service, ServiceProcess.start(service, ports.get(service), settings.get(service)));
    }

    /** Starts a stopped service again on the same port and waits until it is ready. */
    void restart(String service) throws IOException {
        start(service);
        running.get(service).awaitReady(READY);
    }

    /** {@code kill -9}: no shutdown hook runs, nothing is committed or flushed. */
    void kill(String service) throws InterruptedException {
        running.remove(service).kill();
    }

    /**
     * SIGTERM, as Kubernetes stops a pod: the service drains and commits before it exits. Answers whether it exited
     * by itself within {@code grace} (it is killed after that, as the kubelet would).
     */
    boolean terminate(String service, Duration grace) throws InterruptedException {
        return running.remove(service).terminate(grace);
    }

    String url(String service, String path) {
        return "http://localhost:" + ports.get(service) + path;
    }

    @Override
    public void close() throws InterruptedException {
        for (ServiceProcess service : running.values()) {
            service.close();
        }
        running.clear();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
