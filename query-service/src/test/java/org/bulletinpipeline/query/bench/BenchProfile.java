package org.bulletinpipeline.query.bench;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The benchmark's own database, so its 100,000 rows do not slow the tests, and its own consumer group starting at
 * the topics' end, so it stores nothing from the shared broker's history.
 */
public class BenchProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", System.getProperty("bench.jdbc-url",
                        "jdbc:postgresql://localhost:5432/bulletins_bench"),
                "quarkus.log.level", "WARN",
                "mp.messaging.incoming.articles-extracted.group.id", "query-service-bench",
                "mp.messaging.incoming.bulletins-raw.group.id", "query-service-bench",
                "mp.messaging.incoming.bulletins-dlq.group.id", "query-service-bench",
                "mp.messaging.incoming.articles-extracted.auto.offset.reset", "latest",
                "mp.messaging.incoming.bulletins-raw.auto.offset.reset", "latest",
                "mp.messaging.incoming.bulletins-dlq.auto.offset.reset", "latest");
    }
}
