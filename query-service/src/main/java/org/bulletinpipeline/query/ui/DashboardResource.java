package org.bulletinpipeline.query.ui;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.bulletinpipeline.access.Roles;
import org.bulletinpipeline.query.repository.PipelineActivity;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What the dashboard page needs beyond the public API: its settings and the pipeline's recent activity. */
@DashboardHelper
@Path("/ui/api")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
public class DashboardResource {

    private final DashboardConfig config;
    private final PipelineActivity activity;

    public DashboardResource(DashboardConfig config, PipelineActivity activity) {
        this.config = config;
        this.activity = activity;
    }

    @GET
    @Path("/config")
    @Operation(summary = "Dashboard settings: the ingest-service address submissions are forwarded to")
    public Map<String, String> config() {
        return Map.of("ingestUrl", config.ingestUrl());
    }

    @GET
    @Path("/activity")
    @Operation(summary = "Recent bulletins with their status, dead letters with their reason, articles stored per hour")
    public PipelineActivity.Snapshot activity() {
        return activity.snapshot(config.recentLimit());
    }
}
