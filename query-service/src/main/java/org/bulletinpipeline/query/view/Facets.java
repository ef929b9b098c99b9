package org.bulletinpipeline.query.view;

import java.util.List;

/** Facet counts over the matches looked at (all of them unless the search says {@code sampled}). */
public record Facets(List<FacetCount> places, List<FacetCount> persons, List<FacetCount> organizations,
                     List<FacetCount> topics, List<FacetCount> kinds) {
}
