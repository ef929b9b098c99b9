package org.bulletinpipeline.query.view;

import java.util.List;

/**
 * A page of results. {@code total} is exact when {@code totalExact}; otherwise at least that many match and the
 * facets (null unless asked for) describe the newest {@code total} of them.
 */
public record SearchResult(List<ArticleHit> items, String nextCursor, long total, boolean totalExact,
                           Facets facets) {
}
