package org.bulletinpipeline.query.search;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.bulletinpipeline.query.repository.SearchRepository;

/** The article search: a page of highlighted hits, the (capped) total and the facets. */
@ApplicationScoped
public class ArticleSearch {

    private final SearchRepository repository;
    private final SearchConfig config;

    public ArticleSearch(SearchRepository repository, SearchConfig config) {
        this.repository = repository;
        this.config = config;
    }

    public SearchResult search(SearchCriteria c) {
        SearchCursor cursor = c.cursor() == null ? null : SearchCursor.decode(c.cursor(), c.sort());
        int offset = cursor instanceof SearchCursor.Offset o ? o.offset() : 0;
        List<ArticleRow> rows;
        SearchRepository.Summary summary;
        if (cursor == null && c.sort() != SearchSort.STORED && c.limit() <= config.sampleSize()) {
            // the first page, total and facets all come from the newest matches: one scan
            SearchRepository.FirstPage first = repository.firstPage(c, config.sampleSize() + 1, config.facetSize());
            rows = first.rows();
            summary = first.summary();
        } else {
            rows = c.sort() == SearchSort.RELEVANCE ? repository.relevancePage(c, offset, config.sampleSize())
                    : repository.keysetPage(c, cursor);
            summary = repository.summary(c, config.sampleSize() + 1, config.facetSize());
        }
        boolean more = rows.size() > c.limit();
        List<ArticleRow> page = more ? rows.subList(0, c.limit()) : rows;
        String next = null;
        if (more) {
            ArticleRow last = page.getLast();
            next = SearchCursor.encode(switch (c.sort()) {
                case RELEVANCE -> new SearchCursor.Offset(offset + c.limit());
                case DATE -> new SearchCursor.AfterDate(last.date(), last.id());
                case STORED -> new SearchCursor.AfterStored(last.storedAt(), last.id());
            });
        }
        boolean exact = summary.total() <= config.sampleSize();
        return new SearchResult(page.stream().map(r -> hit(r, c.words())).toList(), next,
                Math.min(summary.total(), config.sampleSize()), exact, summary.facets());
    }

    /** The article as a hit if it passes the criteria's filters. */
    public Optional<ArticleHit> match(String articleId, SearchCriteria c) {
        return repository.matching(articleId, c).map(r -> hit(r, c.words()));
    }

    /** Every match, one row at a time, in the criteria's order (relevance exports in date order). */
    public void export(SearchCriteria c, Consumer<ArticleRow> sink) {
        repository.stream(c, config.maxExportRows(), sink);
    }

    public static ArticleHit hit(ArticleRow r, List<String> words) {
        return new ArticleHit(r.id(), r.bulletinId(), r.ordinal(), r.kind(), r.kicker(), r.title(), r.subtitle(),
                r.dateline(), r.publication(), r.publishedOn(), r.date(), r.storedAt(),
                Highlighter.mark(r.title(), words), Highlighter.snippet(r.body(), r.summary(), words), r.score(),
                r.persons(), r.places(), r.organizations(), r.topics(),
                new ArticleHit.Links("/api/bulletins/" + r.bulletinId(), "/api/bulletins/" + r.bulletinId() + "/text"));
    }
}
