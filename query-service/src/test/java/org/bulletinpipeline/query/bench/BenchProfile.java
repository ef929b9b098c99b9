package org.bulletinpipeline.query.bench;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The benchmark's own database, so its 100,000 rows do not slow the tests, and no Kafka consumers: the benchmark
 * measures searches alone, and whatever other work publishes on the shared broker meanwhile would otherwise be stored
 * (and indexed) in the middle of a measurement.
 */
public class BenchProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", System.getProperty("bench.jdbc-url",
                        "jdbc:postgresql://localhost:5432/bulletins_bench"),
                "quarkus.log.level", "WARN",
                "mp.messaging.incoming.articles-extracted.enabled", "false",
                "mp.messaging.incoming.bulletins-raw.enabled", "false",
                "mp.messaging.incoming.bulletins-dlq.enabled", "false");
    }
}
