package org.bulletinpipeline.query.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the search API; QUERY_SEARCH_MAX_LIMIT etc. override them. */
@ConfigMapping(prefix = "query.search")
public interface SearchConfig {

    /** Largest page a client may ask for. */
    @WithDefault("200")
    int maxLimit();

    /**
     * How many matching articles (newest first) the facets, the total and the relevance ranking look at. Counting
     * every match of a common word (疫情 is in most articles) would cost a scan of the table per request; past this
     * many the response says the total is a lower bound and the facets describe the newest matches.
     */
    @WithDefault("200")
    int sampleSize();

    /** Values per facet. */
    @WithDefault("10")
    int facetSize();

    /**
     * Most words in {@code q}. Each word is one more bigram containment the index intersects and, past two
     * characters, a substring recheck of every candidate; a search is a few words (疫情 防控 核酸), not a page.
     */
    @WithDefault("8")
    int maxQueryWords();

    /** Most characters in {@code q}, spaces included. */
    @WithDefault("100")
    int maxQueryLength();

    /** Most rows one export writes. */
    @WithDefault("1000000")
    int maxExportRows();
}
