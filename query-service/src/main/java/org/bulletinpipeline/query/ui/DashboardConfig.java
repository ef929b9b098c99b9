package org.bulletinpipeline.query.ui;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the dashboard served at {@code /}; {@code DASHBOARD_INGEST_URL} overrides the ingest address. */
@ConfigMapping(prefix = "dashboard")
public interface DashboardConfig {

    /** Where ingest-service listens; the Submit view's bulletins are forwarded there by {@link IngestForwardResource}. */
    @WithDefault("http://localhost:8081")
    String ingestUrl();

    /**
     * Whether the endpoints under {@code /ui/api} answer (the Submit view's forwarding, the Live view's activity).
     * On for ./run.sh and the tests; the Kubernetes ConfigMap sets {@code DASHBOARD_HELPERS_ENABLED=false}.
     */
    @WithDefault("true")
    boolean helpersEnabled();

    /** How many recent bulletins and dead letters the Live view lists. */
    @WithDefault("30")
    int recentLimit();
}
