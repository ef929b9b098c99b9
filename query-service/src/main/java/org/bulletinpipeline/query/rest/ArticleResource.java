package org.bulletinpipeline.query.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.bulletinpipeline.query.service.ArticlePage;
import org.bulletinpipeline.query.service.ArticleQueries;
import org.bulletinpipeline.query.service.BadQueryException;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    static final int MAX_LIMIT = 200;

    private final ArticleQueries queries;

    public ArticleResource(ArticleQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "Articles, newest first, a page at a time (pass nextCursor back as cursor)")
    public ArticlePage list(@QueryParam("limit") @DefaultValue("20") int limit, @QueryParam("cursor") String cursor) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadQueryException("invalid-limit", "limit must be between 1 and " + MAX_LIMIT + ".");
        }
        return queries.newest(limit, cursor);
    }
}
