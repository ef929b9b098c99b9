package org.bulletinpipeline.query.repository;

import org.bulletinpipeline.query.search.SearchCriteria;
import org.bulletinpipeline.query.service.ArticleSearch;
import org.bulletinpipeline.query.view.SearchResult;

/** A repository calling a service, one layer up: the backward use {@code LayersTest} must refuse. */
public final class BackwardUse {

    private BackwardUse() {
    }

    public static SearchResult searchFromBelow(ArticleSearch search, SearchCriteria criteria) {
        return search.search(criteria);
    }
}
