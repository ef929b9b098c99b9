package org.bulletinpipeline.query.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.bulletinpipeline.contracts.mediatopic.MediaTopic;
import org.bulletinpipeline.contracts.mediatopic.MediaTopics;
import org.bulletinpipeline.query.repository.ArticleCalendar;
import org.bulletinpipeline.query.repository.SearchRepository;
import org.bulletinpipeline.query.repository.SearchRepository.Page;
import org.bulletinpipeline.query.repository.TermFrequencies;
import org.bulletinpipeline.query.search.ArticleRow;
import org.bulletinpipeline.query.search.DateWindow;
import org.bulletinpipeline.query.search.Highlighter;
import org.bulletinpipeline.query.search.SearchConfig;
import org.bulletinpipeline.query.search.SearchCriteria;
import org.bulletinpipeline.query.search.SearchCursor;
import org.bulletinpipeline.query.search.SearchFilter;
import org.bulletinpipeline.query.search.SearchSort;
import org.bulletinpipeline.query.search.SearchText;
import org.bulletinpipeline.query.search.WindowPlanner;
import org.bulletinpipeline.query.view.ArticleHit;
import org.bulletinpipeline.query.view.SearchResult;

/**
 * The article search: a page of highlighted hits, the (capped) total and the facets, all from the newest
 * {@code sampleSize} matches, found date slice by date slice (see {@link WindowPlanner}).
 */
@ApplicationScoped
public class ArticleSearch {

    private final SearchRepository repository;
    private final ArticleCalendar calendar;
    private final TermFrequencies frequencies;
    private final SearchConfig config;

    public ArticleSearch(SearchRepository repository, ArticleCalendar calendar, TermFrequencies frequencies,
                         SearchConfig config) {
        this.repository = repository;
        this.calendar = calendar;
        this.frequencies = frequencies;
        this.config = config;
    }

    public SearchResult search(SearchCriteria c) {
        SearchCursor cursor = c.cursor() == null ? null : SearchCursor.decode(c.cursor(), c.sort());
        int offset = cursor instanceof SearchCursor.Offset o ? o.offset() : 0;
        int sampleSize = config.sampleSize();
        // the sample, plus one to tell "more than the sample" apart; a page larger than the sample widens it
        int need = Math.max(sampleSize, c.limit()) + 1;
        Page page = switch (c.sort()) {
            case RELEVANCE -> new Page.ByScore(offset, c.limit() + 1, sampleSize);
            case DATE -> new Page.Newest(cursor instanceof SearchCursor.AfterDate d ? d : null, c.limit() + 1);
            case STORED -> null;
        };
        List<DateWindow> slices = new WindowPlanner(calendar.days(), c.from(), c.to(), need).slices(share(c));
        SearchRepository.Sample sample;
        List<ArticleRow> rows;
        try (SearchRepository.Session session = repository.open()) {
            sample = session.sample(c, slices, need, page, c.facets(), sampleSize, config.facetSize());
            if (c.sort() == SearchSort.STORED) {
                rows = session.storedPage(c, cursor instanceof SearchCursor.AfterStored s ? s : null);
            } else if (page instanceof Page.Newest newest && newest.after() != null
                    && sample.page().size() <= c.limit() && sample.count() >= need) {
                // the page runs past the sample: the matches after the cursor, found like the sample but from its date
                rows = session.hits(after(session, c, newest.after(), c.limit() + 1), c.words());
            } else {
                rows = sample.page();
            }
        }
        boolean more = rows.size() > c.limit();
        List<ArticleRow> shown = more ? rows.subList(0, c.limit()) : rows;
        String next = null;
        if (more) {
            ArticleRow last = shown.getLast();
            next = SearchCursor.encode(switch (c.sort()) {
                case RELEVANCE -> new SearchCursor.Offset(offset + c.limit());
                case DATE -> new SearchCursor.AfterDate(last.date(), last.id());
                case STORED -> new SearchCursor.AfterStored(last.storedAt(), last.id());
            });
        }
        boolean exact = sample.count() <= sampleSize;
        return new SearchResult(shown.stream().map(r -> hit(r, c.words())).toList(), next,
                Math.min(sample.count(), sampleSize), exact, sample.facets());
    }

    /** Ids of up to {@code size} matches after the cursor in date order. */
    private List<String> after(SearchRepository.Session session, SearchCriteria c, SearchCursor.AfterDate after,
                               int size) {
        LocalDate to = c.to() != null && c.to().isBefore(after.date()) ? c.to() : after.date();
        List<DateWindow> slices = new WindowPlanner(calendar.days(), c.from(), to, size).slices(share(c));
        return session.after(c, slices, after, size);
    }

    /**
     * The estimated share of articles matching the criteria's words and filters, taken as independent: a word
     * counts with its rarest bigram (all must occur), a one-character word, which no index entry holds, as common.
     */
    double share(SearchCriteria c) {
        double share = 1;
        for (String word : c.words()) {
            double rarest = 1;
            for (String bigram : SearchText.bigrams(word)) {
                rarest = Math.min(rarest, frequencies.of("bigrams", bigram));
            }
            share *= rarest;
        }
        double filters = 1;
        for (SearchFilter f : SearchFilter.values()) {
            String value = c.filter(f);
            filters *= value == null ? 1 : frequencies.of(f.column(), value);
        }
        return share * filters;
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
                MediaTopics.standard().of(r.topics()).stream().map(MediaTopic::qcode).toList(),
                new ArticleHit.Links("/api/bulletins/" + r.bulletinId(), "/api/bulletins/" + r.bulletinId() + "/text"));
    }
}
