package org.bulletinpipeline.nlp.messaging.outage;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * nlp-service on a broker of its own, which {@link OutageMidBulletin} stops in the middle of a bulletin. Its ports
 * are free ones picked when it starts (the machine is shared, a fixed port may be another run's), and reach the
 * application, the interceptor and the test through the configuration the test resource returns. The producer gives
 * a send up after 5 s instead of 30 s, so the outage outlasts several of them and the consumer's own retries are
 * what carries the bulletin through.
 */
public class OutageBrokerProfile implements QuarkusTestProfile {

    static final String GROUP = "nlp-service-outage-test";
    static final String PRODUCER = "mp.messaging.outgoing.articles-extracted.";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("mp.messaging.incoming.bulletins-raw.group.id", GROUP),
                Map.entry("mp.messaging.incoming.bulletins-raw.auto.offset.reset", "earliest"),
                Map.entry(PRODUCER + "delivery.timeout.ms", "5000"),
                Map.entry(PRODUCER + "request.timeout.ms", "3000"),
                Map.entry(PRODUCER + "max.block.ms", "3000"),
                Map.entry(PRODUCER + "interceptor.classes", OutageMidBulletin.class.getName()),
                Map.entry("nlp.publish-retry.initial-backoff", "500ms"),
                Map.entry("nlp.publish-retry.max-backoff", "2s"),
                Map.entry("nlp.publish-retry.attempt-timeout", "60s"));
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Broker.class));
    }

    /** The broker the application runs on, as its configuration names it. */
    static StoppableBroker broker(org.eclipse.microprofile.config.Config config) {
        return new StoppableBroker(Path.of(config.getValue(PRODUCER + OutageMidBulletin.BROKER_DIR, String.class)),
                config.getValue(PRODUCER + OutageMidBulletin.BROKER_PORT, Integer.class),
                config.getValue(PRODUCER + OutageMidBulletin.CONTROLLER_PORT, Integer.class));
    }

    /** Formats and starts the broker before the application, and stops it after the test class. */
    public static class Broker implements QuarkusTestResourceLifecycleManager {

        private StoppableBroker broker;

        @Override
        public Map<String, String> start() {
            try {
                int port = freePort();
                int controllerPort = freePort();
                Path dir = Path.of("target", "outage-broker-" + port).toAbsolutePath();
                broker = new StoppableBroker(dir, port, controllerPort);
                broker.create();
                broker.createTopics(List.of("bulletins.raw", "articles.extracted", "bulletins.dlq"));
                return Map.of("kafka.bootstrap.servers", broker.bootstrapServers(),
                        PRODUCER + OutageMidBulletin.BROKER_DIR, dir.toString(),
                        PRODUCER + OutageMidBulletin.BROKER_PORT, Integer.toString(port),
                        PRODUCER + OutageMidBulletin.CONTROLLER_PORT, Integer.toString(controllerPort));
            } catch (Exception e) {
                throw new IllegalStateException("could not start the test's broker", e);
            }
        }

        @Override
        public void stop() {
            try {
                if (broker != null) {
                    broker.stop();
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
