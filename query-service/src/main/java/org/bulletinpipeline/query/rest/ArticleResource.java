package org.bulletinpipeline.query.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.bulletinpipeline.access.Roles;
import org.bulletinpipeline.query.admission.ReadAdmission;
import org.bulletinpipeline.query.export.ArticleExporter;
import org.bulletinpipeline.query.format.ArticleFormats;
import org.bulletinpipeline.query.format.ExportFormat;
import org.bulletinpipeline.query.format.JsonLdWriter;
import org.bulletinpipeline.query.format.NewsMlG2Writer;
import org.bulletinpipeline.query.format.NinjsWriter;
import org.bulletinpipeline.query.search.BadQueryException;
import org.bulletinpipeline.query.search.SearchCriteria;
import org.bulletinpipeline.query.service.ArticleSearch;
import org.bulletinpipeline.query.service.SearchCriteriaParser;
import org.bulletinpipeline.query.view.SearchResult;

@Path("/api/articles")
@RolesAllowed(Roles.READER)
public class ArticleResource {

    private final ArticleSearch search;
    private final SearchCriteriaParser parser;
    private final ArticleExporter exporter;
    private final ArticleFormats formats;

    private final ReadAdmission admission;

    public ArticleResource(ArticleSearch search, SearchCriteriaParser parser, ArticleExporter exporter,
                           ArticleFormats formats, ReadAdmission admission) {
        this.search = search;
        this.parser = parser;
        this.exporter = exporter;
        this.formats = formats;
        this.admission = admission;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search articles: Chinese full text, filters, facets, highlighted snippets, cursor paging",
            description = "Without parameters: every article, newest dateline first. Pass nextCursor back as cursor "
                    + "with the same other parameters for the next page.")
    @APIResponse(responseCode = "200", description = "A page of hits", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "search", value = """
            {"items":[{"articleId":"b825825c6756efef-0","bulletinId":"b825825c6756efef","ordinal":0,"kind":"news",
            "title":"史根治在市疫情防控指挥部第二十次会议上强调","titleHtml":"<mark>史根治</mark>在市疫情防控指挥部第二十次会议上强调",
            "snippetHtml":"…市委书记<mark>史根治</mark>强调,要继续绷紧思想之弦…","date":"2022-05-16","score":7.0,
            "persons":["史根治","刘涛"],"places":["许昌市"],"topics":["epidemic_control"],
            "mediaTopics":["medtop:20000449"],"links":{"bulletin":"/api/bulletins/b825825c6756efef",
            "text":"/api/bulletins/b825825c6756efef/text"}}],"nextCursor":"cnwyMA","total":1,"totalExact":true,
            "facets":{"places":[{"value":"许昌市","code":"411000","count":1}],"persons":[{"value":"史根治","count":1}],
            "organizations":[],"topics":[{"value":"epidemic_control","count":1}],
            "mediaTopics":[{"value":"\uFF08传染性强的\uFF09流行病","code":"medtop:20000449","count":1}],
            "kinds":[{"value":"news","count":1}]}}""")))
    @APIResponse(responseCode = "400", description = "A parameter is malformed, q is too long (query-too-long), or q "
            + "is only one-character words without a filter (query-too-broad), as problem+json")
    @APIResponse(responseCode = "503", description = "No search connection free in time (search-busy) or the search ran "
            + "past its statement timeout (search-timeout); see Retry-After")
    public SearchResult search(@BeanParam SearchParams params) {
        return search.search(parser.narrowed(params.criteria(parser)));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One article as stored (ArticleExtracted) with the IPTC Media Topics of its topics; Accept "
            + "picks JSON-LD, ninjs or NewsML-G2 instead")
    @APIResponse(responseCode = "404", description = "No such article (problem+json)")
    public JsonNode article(@PathParam("id") String id) {
        return formats.article(id).orElseThrow(() -> unknown(id));
    }

    @GET
    @Path("/{id}")
    @Produces(JsonLdWriter.MEDIA_TYPE)
    @Operation(summary = "One article as schema.org NewsArticle JSON-LD (about/mentions: persons, places, organizations)")
    public JsonNode articleJsonLd(@PathParam("id") String id) {
        return formats.jsonLd(id).orElseThrow(() -> unknown(id));
    }

    @GET
    @Path("/{id}")
    @Produces(NinjsWriter.MEDIA_TYPE)
    @Operation(summary = "One article as IPTC ninjs 2.1")
    public JsonNode articleNinjs(@PathParam("id") String id) {
        return formats.ninjs(id).orElseThrow(() -> unknown(id));
    }

    @GET
    @Path("/{id}")
    @Produces(NewsMlG2Writer.MEDIA_TYPE)
    @Operation(summary = "One article as an IPTC NewsML-G2 newsItem")
    public String articleNewsMl(@PathParam("id") String id) {
        return formats.newsMl(id).orElseThrow(() -> unknown(id));
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", "application/x-ndjson", NewsMlG2Writer.MESSAGE_MEDIA_TYPE})
    @Operation(summary = "Every article matching a search, streamed as CSV, NDJSON, JSON-LD, ninjs or NewsML-G2",
            description = "Takes the search parameters (limit and cursor are ignored); rows leave as they are read. "
                    + "jsonld and ninjs are one object per line; newsml is one newsMessage with a newsItem each. "
                    + "Cells starting with = + - @ (or a tab or carriage return) are prefixed with ' in CSV, so a "
                    + "spreadsheet shows them as text instead of running them as formulas.")
    @APIResponse(responseCode = "429", description = "query.limits.max-exports exports stream already; see Retry-After")
    public Response export(@BeanParam SearchParams params,
                           @QueryParam("format") @Parameter(description = "csv, ndjson, jsonld, ninjs or newsml",
                                   example = "csv") String format) {
        ExportFormat f = ExportFormat.parse(format == null ? "ndjson" : format).orElseThrow(() ->
                new BadQueryException("invalid-format", "format must be csv, ndjson, jsonld, ninjs or newsml."));
        params.limit = null;
        params.cursor = null;
        SearchCriteria criteria = parser.narrowed(params.criteria(parser));
        ReadAdmission.Place place = admission.export();
        StreamingOutput body = out -> {
            try (place) {
                exporter.write(criteria, f, out);
            }
        };
        return Response.ok(body, f.mediaType())
                .header("Content-Disposition", "attachment; filename=\"articles." + f.extension() + "\"").build();
    }

    private static NotFoundException unknown(String id) {
        return new NotFoundException("No article " + id + ".");
    }
}
