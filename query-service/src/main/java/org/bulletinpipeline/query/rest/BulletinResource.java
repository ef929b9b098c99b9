package org.bulletinpipeline.query.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.bulletinpipeline.access.Roles;
import org.bulletinpipeline.query.service.ArticleQueries;
import org.bulletinpipeline.query.view.BulletinView;

@Path("/api/bulletins")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
public class BulletinResource {

    private final ArticleQueries queries;

    public BulletinResource(ArticleQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A bulletin's status (received, processed, failed) and its articles in reading order")
    public BulletinView get(@PathParam("id") String id) {
        return queries.bulletin(id).orElseThrow(() -> new NotFoundException("No bulletin " + id + " is known."));
    }

    @GET
    @Path("/{id}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=utf-8")
    @Operation(summary = "The bulletin's text as received; article and entity spans are offsets into it")
    public String text(@PathParam("id") String id) {
        return queries.text(id).orElseThrow(() -> new NotFoundException("No text of bulletin " + id + " is known."));
    }
}
