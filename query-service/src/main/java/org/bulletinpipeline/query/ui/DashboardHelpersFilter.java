package org.bulletinpipeline.query.ui;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import org.bulletinpipeline.query.rest.Problem;

/**
 * Answers 404 for every {@link DashboardHelper} endpoint when {@code dashboard.helpers-enabled} is false. The
 * Kubernetes deployments turn them off: {@code /ui/api/activity} lists dead letters with their payloads, and
 * {@code /ui/api/bulletins} would relay anyone's request to ingest-service, which its own route already exposes.
 */
@Provider
@DashboardHelper
public class DashboardHelpersFilter implements ContainerRequestFilter {

    // looked up per request: the filter is created while Quarkus starts, before the runtime configuration is there
    private final Instance<DashboardConfig> config;

    public DashboardHelpersFilter(Instance<DashboardConfig> config) {
        this.config = config;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!config.get().helpersEnabled()) {
            request.abortWith(Problem.response(404, "ui-helpers-disabled", "Not found",
                    "The dashboard's helper endpoints are turned off here (dashboard.helpers-enabled)."));
        }
    }
}
