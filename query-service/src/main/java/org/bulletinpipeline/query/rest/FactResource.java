package org.bulletinpipeline.query.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.bulletinpipeline.access.Roles;
import org.bulletinpipeline.query.service.FactSeriesService;
import org.bulletinpipeline.query.service.StatsService;
import org.bulletinpipeline.query.view.FactViews.FactSeries;
import org.bulletinpipeline.query.view.Stats;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
public class FactResource {

    private final FactSeriesService facts;
    private final StatsService stats;

    public FactResource(FactSeriesService facts, StatsService stats) {
        this.facts = facts;
        this.stats = stats;
    }

    @GET
    @Path("/facts")
    @Operation(summary = "Daily series of epidemic figures per place, optionally rolled up by administrative code, "
            + "with the evidence behind each point")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "new cases in 许昌市 by county", value = """
            {"rollup":"county","series":[{"type":"confirmed_cases","code":"411081","name":"禹州市","points":[
            {"date":"2022-05-16","value":3.0,"evidence":[{"value":3.0,"place":"禹州市","placeCode":"411081",
            "evidence":"禹州市新增确诊病例3例","articleId":"b825825c6756efef-0","bulletinId":"b825825c6756efef",
            "title":"…"}]}]}]}""")))
    public FactSeries facts(@QueryParam("type") @Parameter(example = "confirmed_cases") String type,
                            @QueryParam("place") @Parameter(description = "name or GB/T 2260 code, with everything "
                                    + "under it", example = "411000") String place,
                            @QueryParam("from") @Parameter(example = "2022-05-01") String from,
                            @QueryParam("to") @Parameter(example = "2022-05-31") String to,
                            @QueryParam("rollup") @Parameter(description = "none (each place), county, city or "
                                    + "province", example = "county") String rollup) {
        return facts.series(type, place, from, to, rollup);
    }

    @GET
    @Path("/stats")
    @Operation(summary = "Article counts by day, publication, topic and kind; bulletins by status; arrivals per hour")
    public Stats stats(@QueryParam("from") @Parameter(example = "2022-05-01") String from,
                       @QueryParam("to") @Parameter(example = "2022-05-31") String to) {
        return stats.stats(from, to);
    }
}
