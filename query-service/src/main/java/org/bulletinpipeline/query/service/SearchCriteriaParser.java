package org.bulletinpipeline.query.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.bulletinpipeline.query.place.AdminCode;
import org.bulletinpipeline.query.repository.PlaceDirectory;
import org.bulletinpipeline.query.search.BadQueryException;
import org.bulletinpipeline.query.search.SearchConfig;
import org.bulletinpipeline.query.search.SearchCriteria;
import org.bulletinpipeline.query.search.SearchCursor;
import org.bulletinpipeline.query.search.SearchFilter;
import org.bulletinpipeline.query.search.SearchFilter.Accepted;
import org.bulletinpipeline.query.search.SearchRequest;
import org.bulletinpipeline.query.search.SearchSort;
import org.bulletinpipeline.query.search.SearchText;

/** Turns raw query parameters into {@link SearchCriteria}, or a 400 naming the parameter that is wrong. */
@ApplicationScoped
public class SearchCriteriaParser {

    private final SearchConfig config;
    private final PlaceDirectory places;

    public SearchCriteriaParser(SearchConfig config, PlaceDirectory places) {
        this.config = config;
        this.places = places;
    }

    public SearchCriteria parse(SearchRequest request, int defaultLimit) {
        List<String> words = words(request.q());
        LocalDate fromDate = date("from", request.from());
        LocalDate toDate = date("to", request.to());
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new BadQueryException("invalid-date", "from " + fromDate + " is after to " + toDate + ".");
        }
        Map<SearchFilter, String> given = new EnumMap<>(SearchFilter.class);
        for (SearchFilter f : SearchFilter.values()) {
            String value = blankToNull(request.filters().get(f));
            if (value != null) {
                given.put(f, checked(f, value));
            }
        }
        SearchSort order = sort(request.sort(), !words.isEmpty());
        int size = limit(request.limit(), defaultLimit);
        String c = blankToNull(request.cursor());
        if (c != null) {
            SearchCursor.decode(c, order);
        }
        // resolutions come last, once everything checked as given has passed; a place reads the place directory
        given.replaceAll((f, value) -> switch (f.accepted().kind()) {
            case PLACE -> placeKey(value);
            case RESOLVED -> f.accepted().resolution().apply(value);
            case ANY, ONE_OF -> value;
        });
        return new SearchCriteria(words, fromDate, toDate, given, order, size, c,
                !"false".equalsIgnoreCase(blankToNull(request.facets())));
    }

    /** A value of a filter with a fixed list that is on the list, else a 400 of the filter's problem type. */
    private static String checked(SearchFilter f, String value) {
        Accepted accepted = f.accepted();
        if (accepted.kind() == Accepted.Kind.ONE_OF && !accepted.allowed().contains(value)) {
            throw new BadQueryException(accepted.problemType(),
                    f.parameter() + " must be one of " + String.join(", ", accepted.allowed()) + ".");
        }
        return value;
    }

    /** Most characters of a q, here or in the entity lists. */
    public int maxQueryLength() {
        return config.maxQueryLength();
    }

    private List<String> words(String q) {
        if (q != null && q.length() > config.maxQueryLength()) {
            throw new BadQueryException("query-too-long", "q is " + q.length() + " characters long; at most "
                    + config.maxQueryLength() + " are searched for.");
        }
        List<String> words = SearchText.words(q);
        if (words.size() > config.maxQueryWords()) {
            throw new BadQueryException("query-too-long", "q has " + words.size() + " words; at most "
                    + config.maxQueryWords() + " are searched for together.");
        }
        return words;
    }

    /**
     * A search the index can narrow. The index holds bigrams, so a one-character word (雨) is only a substring
     * recheck: on its own it would read the text of every article. It needs a longer word or a filter beside it
     * (each is an indexed column, see SearchFilter); a date range alone does not narrow enough, a year of articles
     * being most of the archive.
     */
    public SearchCriteria narrowed(SearchCriteria c) {
        boolean onlySingleCharacters = !c.words().isEmpty()
                && c.words().stream().allMatch(word -> word.codePointCount(0, word.length()) < 2);
        if (onlySingleCharacters && c.filters().isEmpty()) {
            throw new BadQueryException("query-too-broad", "A one-character word (" + c.words().get(0)
                    + ") is searched for only beside a word of two or more characters or a filter such as place, "
                    + "person, topic or kind: alone it would read every article.");
        }
        return c;
    }

    /** A code must be GB/T 2260-shaped and known; a name resolves to its code when one was seen with it. */
    public String placeKey(String place) {
        String p = blankToNull(place);
        if (p == null) {
            return null;
        }
        if (p.chars().allMatch(Character::isDigit)) {
            return "c:" + knownCode(p);
        }
        return places.codeOf(p).map(code -> "c:" + code).orElse("n:" + p);
    }

    /** A code parameter that is well-formed and under which some place is known, else a 400. */
    public String knownCode(String code) {
        if (!AdminCode.isCode(code)) {
            throw new BadQueryException("invalid-place-code",
                    "A place code has 6, 9 or 12 digits (GB/T 2260), e.g. 411081; got " + code + ".");
        }
        if (!places.known(code)) {
            throw new BadQueryException("unknown-place-code", "No place with code " + code + " is known.");
        }
        return code;
    }

    public int limit(String limit, int defaultLimit) {
        if (blankToNull(limit) == null) {
            return defaultLimit;
        }
        try {
            int n = Integer.parseInt(limit.trim());
            if (n >= 1 && n <= config.maxLimit()) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below like an out-of-range number
        }
        throw new BadQueryException("invalid-limit", "limit must be between 1 and " + config.maxLimit() + ".");
    }

    public static LocalDate date(String name, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw new BadQueryException("invalid-date", name + " must be an ISO date such as 2022-05-16; got " + v
                    + ".");
        }
    }

    private static SearchSort sort(String sort, boolean hasQuery) {
        String s = blankToNull(sort);
        if (s == null) {
            return hasQuery ? SearchSort.RELEVANCE : SearchSort.DATE;
        }
        return SearchSort.parse(s).orElseThrow(() -> new BadQueryException("invalid-sort",
                "sort must be relevance, date or stored; got " + s + "."));
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
