package org.bulletinpipeline.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The three packaged services started as separate processes on the real broker and the real PostgreSQL, with
 * ports and consumer groups of their own, so a system started by ./run.sh beside the tests is not disturbed.
 */
final class Pipeline implements AutoCloseable {

    static final Duration READY = Duration.ofSeconds(90);
    /** The API key of the feed the tests post as. */
    static final String FEED_KEY = "e2e-feed-key";

    private final Map<String, Map<String, String>> settings = new HashMap<>();
    private final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, ServiceProcess> running = new HashMap<>();

    Pipeline() throws IOException {
        String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
        for (String service : List.of("nlp-service", "query-service", "ingest-service")) {
            ports.put(service, freePort());
            settings.put(service, new HashMap<>(Map.of("kafka.bootstrap.servers", bootstrap)));
        }
        // a killed consumer's partitions move to its successor after the session timeout: keep it short here
        settings.get("nlp-service").putAll(Map.of(
                "mp.messaging.incoming.bulletins-raw.group.id", "nlp-service-e2e",
                "mp.messaging.incoming.bulletins-raw.session.timeout.ms", "10000"));
        for (String channel : List.of("articles-extracted", "bulletins-raw", "bulletins-dlq")) {
            settings.get("query-service").put("mp.messaging.incoming." + channel + ".group.id", "query-service-e2e");
            settings.get("query-service").put("mp.messaging.incoming." + channel + ".session.timeout.ms", "10000");
        }
        settings.get("query-service").put("quarkus.datasource.jdbc.url",
                "jdbc:postgresql://localhost:5432/bulletins_e2e");
        settings.get("ingest-service").put("ingest.query-base-url", url("query-service", ""));
        settings.get("ingest-service").put("ingest.auth.dev-key", FEED_KEY);
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
