package org.bulletinpipeline.nlp.messaging.outage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * nlp-service on a broker of its own (ports 18681 and 18682), which {@link OutageMidBulletin} stops in the middle
 * of a bulletin. The producer gives a send up after 5 s instead of 30 s, so the outage outlasts several of them and
 * the consumer's own retries are what carries the bulletin through.
 */
public class OutageBrokerProfile implements QuarkusTestProfile {

    static final int PORT = 18681;
    static final int CONTROLLER_PORT = 18682;
    static final Path DIR = Path.of("target", "outage-broker").toAbsolutePath();
    static final String GROUP = "nlp-service-outage-test";

    static StoppableBroker broker() {
        return new StoppableBroker(DIR, PORT, CONTROLLER_PORT);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        String producer = "mp.messaging.outgoing.articles-extracted.";
        return Map.ofEntries(
                Map.entry("kafka.bootstrap.servers", broker().bootstrapServers()),
                Map.entry("mp.messaging.incoming.bulletins-raw.group.id", GROUP),
                Map.entry("mp.messaging.incoming.bulletins-raw.auto.offset.reset", "earliest"),
                Map.entry(producer + "delivery.timeout.ms", "5000"),
                Map.entry(producer + "request.timeout.ms", "3000"),
                Map.entry(producer + "max.block.ms", "3000"),
                Map.entry(producer + "interceptor.classes", OutageMidBulletin.class.getName()),
                Map.entry(producer + OutageMidBulletin.BROKER_DIR, DIR.toString()),
                Map.entry(producer + OutageMidBulletin.BROKER_PORT, Integer.toString(PORT)),
                Map.entry(producer + OutageMidBulletin.CONTROLLER_PORT, Integer.toString(CONTROLLER_PORT)),
                Map.entry("nlp.publish-retry.initial-backoff", "500ms"),
                Map.entry("nlp.publish-retry.max-backoff", "2s"),
                Map.entry("nlp.publish-retry.attempt-timeout", "60s"));
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Broker.class));
    }

    /** Formats and starts the broker before the application, and stops it after the test class. */
    public static class Broker implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            try {
                StoppableBroker broker = broker();
                broker.create();
                broker.createTopics(List.of("bulletins.raw", "articles.extracted", "bulletins.dlq"));
                return Map.of();
            } catch (Exception e) {
                throw new IllegalStateException("could not start the test's broker", e);
            }
        }

        @Override
        public void stop() {
            try {
                broker().stop();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
