package org.bulletinpipeline.query.search;

import java.util.Map;

/**
 * The search parameters as the request gave them, unchecked; {@code filters} holds the filters that were given, by
 * the table that defines them. SearchCriteriaParser turns it into {@link SearchCriteria} or a 400.
 */
public record SearchRequest(String q, String from, String to, Map<SearchFilter, String> filters, String sort,
                            String limit, String cursor, String facets) {
}
