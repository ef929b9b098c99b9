package org.bulletinpipeline.query.rest;

import java.util.EnumMap;
import java.util.Map;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import org.bulletinpipeline.query.search.SearchCriteria;
import org.bulletinpipeline.query.search.SearchFilter;
import org.bulletinpipeline.query.search.SearchRequest;
import org.bulletinpipeline.query.service.SearchCriteriaParser;

/**
 * The search parameters shared by the search, its export and the live stream; checked by SearchCriteriaParser. The
 * filters are not fields here: each is a query parameter named in SearchFilter.
 */
public class SearchParams {

    @QueryParam("q")
    @Parameter(description = "Chinese full text: every whitespace-separated word must occur (any length ≥ 1)",
            example = "核酸检测")
    public String q;

    @QueryParam("from")
    @Parameter(description = "First day (ISO date) of the dateline, else publication date", example = "2022-05-01")
    public String from;

    @QueryParam("to")
    @Parameter(description = "Last day (ISO date), inclusive", example = "2022-05-31")
    public String to;

    @QueryParam("sort")
    @Parameter(description = "relevance (default with q), date (default without), or stored (arrival order)",
            example = "date")
    public String sort;

    @QueryParam("limit")
    @Parameter(description = "Page size, 1 to query.search.max-limit (200)", example = "20")
    public String limit;

    @QueryParam("cursor")
    @Parameter(description = "nextCursor of the previous page")
    public String cursor;

    @QueryParam("facets")
    @Parameter(description = "Compute facet counts (true by default)", example = "true")
    public String facets;

    /** The filters, read by the parameter names of their table; SearchFilterParameters documents them. */
    @Context
    UriInfo uri;

    SearchCriteria criteria(SearchCriteriaParser parser) {
        MultivaluedMap<String, String> parameters = uri.getQueryParameters();
        Map<SearchFilter, String> filters = new EnumMap<>(SearchFilter.class);
        for (SearchFilter f : SearchFilter.values()) {
            String value = parameters.getFirst(f.parameter());
            if (value != null) {
                filters.put(f, value);
            }
        }
        return parser.parse(new SearchRequest(q, from, to, filters, sort, limit, cursor, facets), 20);
    }
}
