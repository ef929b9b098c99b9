package org.bulletinpipeline.nlp.observability;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Tracing on, spans kept in memory, and a consumer group of its own that starts at the end of bulletins.raw: the
 * shared broker holds other runs' bulletins, and other test processes read bulletins.raw in the usual test group.
 */
public class TracingProfile implements QuarkusTestProfile {

    /**
     * One group per test JVM. Quarkus loads the profile and the test class in different class loaders, so a random
     * value held in a static field would differ between them; the process id and start time do not.
     */
    static final String GROUP = "nlp-service-trace-test-" + ProcessHandle.current().pid() + "-"
            + ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.exporter.otlp.enabled", "false",
                "quarkus.otel.bsp.schedule.delay", "50ms",
                "mp.messaging.incoming.bulletins-raw.group.id", GROUP,
                "mp.messaging.incoming.bulletins-raw.auto.offset.reset", "latest");
    }
}
