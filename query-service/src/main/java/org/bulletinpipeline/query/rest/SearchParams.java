package org.bulletinpipeline.query.rest;

import jakarta.ws.rs.QueryParam;

import org.bulletinpipeline.query.search.SearchCriteria;
import org.bulletinpipeline.query.search.SearchCriteriaParser;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The search parameters shared by the search, its export and the live stream; checked by SearchCriteriaParser. */
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

    @QueryParam("place")
    @Parameter(description = "Place name or GB/T 2260 code; a code or a coded name takes in every place under it",
            example = "411000")
    public String place;

    @QueryParam("person")
    @Parameter(description = "Exact person name", example = "史根治")
    public String person;

    @QueryParam("organization")
    @Parameter(description = "Exact organization name", example = "市疫情防控指挥部")
    public String organization;

    @QueryParam("topic")
    @Parameter(description = "Topic code: epidemic_control, discipline_inspection, party_building, economy, safety, "
            + "livelihood or governance", example = "epidemic_control")
    public String topic;

    @QueryParam("mediaTopic")
    @Parameter(description = "IPTC Media Topic of a topic, as QCode, eight digits or URI", example = "medtop:20000449")
    public String mediaTopic;

    @QueryParam("kind")
    @Parameter(description = "news, feature, timeline, photo or notice", example = "news")
    public String kind;

    @QueryParam("publication")
    @Parameter(description = "Publication as printed on the masthead", example = "许昌日报")
    public String publication;

    @QueryParam("factType")
    @Parameter(description = "Only articles reporting a fact of this type", example = "confirmed_cases")
    public String factType;

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

    SearchCriteria criteria(SearchCriteriaParser parser) {
        return parser.parse(q, from, to, place, person, organization, topic, kind, publication, factType, sort, limit,
                cursor, facets, mediaTopic, 20);
    }
}
