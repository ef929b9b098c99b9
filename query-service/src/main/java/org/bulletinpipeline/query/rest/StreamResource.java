package org.bulletinpipeline.query.rest;

import java.time.Duration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.bulletinpipeline.access.Roles;
import org.bulletinpipeline.query.admission.ReadAdmission;
import org.bulletinpipeline.query.search.SearchCriteria;
import org.bulletinpipeline.query.service.ArticleSearch;
import org.bulletinpipeline.query.service.SearchCriteriaParser;
import org.bulletinpipeline.query.stream.ArticleBroadcaster;

@Path("/api/stream/articles")
@RolesAllowed(Roles.READER)
public class StreamResource {

    private final ArticleBroadcaster broadcaster;
    private final ArticleSearch search;
    private final SearchCriteriaParser parser;

    private final ReadAdmission admission;

    public StreamResource(ArticleBroadcaster broadcaster, ArticleSearch search, SearchCriteriaParser parser,
                          ReadAdmission admission) {
        this.broadcaster = broadcaster;
        this.search = search;
        this.parser = parser;
        this.admission = admission;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Server-Sent Events of newly stored articles that pass the search filters",
            description = "Takes the search parameters (q and the filters). The first event, named ready, says the "
                    + "subscription is live; each article event (name article, id = articleId) carries a search "
                    + "hit as JSON. A comment every 15 s keeps proxies from closing an idle stream.")
    @APIResponse(responseCode = "429", description = "query.limits.max-streams streams are open already; see Retry-After")
    public Multi<OutboundSseEvent> stream(@BeanParam SearchParams params, @Context Sse sse) {
        params.limit = null;
        params.cursor = null;
        params.facets = "false";
        SearchCriteria criteria = params.criteria(parser);
        ReadAdmission.Place place = admission.stream();
        // the filters are checked by querying the committed row, off the event loop
        Multi<OutboundSseEvent> articles = broadcaster.storedIds()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToIterable(id -> search.match(id, criteria).stream().toList())
                .map(hit -> sse.newEventBuilder().name("article").id(hit.articleId())
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(hit).build());
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(Duration.ofSeconds(15))
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        Multi<OutboundSseEvent> ready = Multi.createFrom().item(() -> sse.newEventBuilder().name("ready")
                .data("{}").build());
        // the place is given back when the client goes away (cancellation) as well as on an error
        return Multi.createBy().merging().streams(articles, keepAlive, ready).onTermination().invoke(place::close);
    }
}
