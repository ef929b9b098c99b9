package org.bulletinpipeline.query.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import org.bulletinpipeline.access.Roles;
import org.bulletinpipeline.query.service.EntityProfiles;
import org.bulletinpipeline.query.view.EntityViews.OrganizationProfile;
import org.bulletinpipeline.query.view.EntityViews.OrganizationSummary;
import org.bulletinpipeline.query.view.EntityViews.PersonProfile;
import org.bulletinpipeline.query.view.EntityViews.PersonSummary;
import org.bulletinpipeline.query.view.EntityViews.PlaceProfile;
import org.bulletinpipeline.query.view.EntityViews.PlaceSummary;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
public class EntityResource {

    private final EntityProfiles profiles;

    public EntityResource(EntityProfiles profiles) {
        this.profiles = profiles;
    }

    @GET
    @Path("/persons")
    @Operation(summary = "Persons whose name contains q, most written-about first, with titles and counts")
    public List<PersonSummary> persons(@QueryParam("q") @Parameter(example = "史") String q,
                                       @QueryParam("limit") @Parameter(example = "50") String limit) {
        return profiles.persons(q, limit);
    }

    @GET
    @Path("/persons/{name}")
    @Operation(summary = "A person: titles over time, articles, co-mentioned persons, places and organizations")
    public PersonProfile person(@PathParam("name") @Parameter(example = "史根治") String name) {
        return profiles.person(name);
    }

    @GET
    @Path("/organizations")
    @Operation(summary = "Organizations whose name contains q, most written-about first")
    public List<OrganizationSummary> organizations(@QueryParam("q") @Parameter(example = "指挥部") String q,
                                                   @QueryParam("limit") String limit) {
        return profiles.organizations(q, limit);
    }

    @GET
    @Path("/organizations/{name}")
    @Operation(summary = "An organization: articles, co-mentioned persons, places and organizations")
    public OrganizationProfile organization(@PathParam("name") @Parameter(example = "市疫情防控指挥部") String name) {
        return profiles.organization(name);
    }

    @GET
    @Path("/places")
    @Operation(summary = "Places whose name contains q (or with code q), most written-about first")
    public List<PlaceSummary> places(@QueryParam("q") @Parameter(example = "许昌") String q,
                                     @QueryParam("limit") String limit) {
        return profiles.places(q, limit);
    }

    @GET
    @Path("/places/{place}")
    @Operation(summary = "A place by name or GB/T 2260 code: parents, children with rollup counts, articles "
            + "about it or anything under it, co-mentioned entities")
    public PlaceProfile place(@PathParam("place") @Parameter(example = "411000") String place) {
        return profiles.place(place);
    }
}
