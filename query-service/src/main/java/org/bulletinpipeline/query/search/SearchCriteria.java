package org.bulletinpipeline.query.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A validated search: the query words (lower-cased), the date range and the filters that were given, each by its
 * entry in {@link SearchFilter} with the value it is matched with. The place filter's value is the article place key
 * it resolved to: 'c:411000' takes in everything under that code, 'n:京津冀' a place known only by name.
 */
public record SearchCriteria(List<String> words, LocalDate from, LocalDate to, Map<SearchFilter, String> filters,
                             SearchSort sort, int limit, String cursor, boolean facets) {

    public SearchCriteria {
        filters = Map.copyOf(filters);
    }

    /** The value of a filter, null when it was not given. */
    public String filter(SearchFilter f) {
        return filters.get(f);
    }
}
