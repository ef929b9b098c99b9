package org.bulletinpipeline.query.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.bulletinpipeline.contracts.mediatopic.MediaTopic;
import org.bulletinpipeline.contracts.mediatopic.MediaTopics;
import org.bulletinpipeline.query.place.AdminCode;
import org.bulletinpipeline.query.repository.PlaceDirectory;
import org.bulletinpipeline.query.service.BadQueryException;

/** Turns raw query parameters into {@link SearchCriteria}, or a 400 naming the parameter that is wrong. */
@ApplicationScoped
public class SearchCriteriaParser {

    public static final Set<String> KINDS = Set.of("news", "feature", "timeline", "photo", "notice");
    public static final Set<String> FACT_TYPES = Set.of("confirmed_cases", "zero_new_streak", "clearance_streak",
            "testing_round", "people_tested", "medical_staff_deployed", "suspected_cases", "deaths", "recoveries",
            "close_contacts", "confirmed_total", "suspected_total", "deaths_total", "recoveries_total",
            "close_contacts_total");

    private final SearchConfig config;
    private final PlaceDirectory places;

    public SearchCriteriaParser(SearchConfig config, PlaceDirectory places) {
        this.config = config;
        this.places = places;
    }

    public SearchCriteria parse(String q, String from, String to, String place, String person, String organization,
                                String topic, String kind, String publication, String factType, String sort,
                                String limit, String cursor, String facets, String mediaTopic, int defaultLimit) {
        List<String> words = words(q);
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new BadQueryException("invalid-date", "from " + fromDate + " is after to " + toDate + ".");
        }
        String k = blankToNull(kind);
        if (k != null && !KINDS.contains(k)) {
            throw new BadQueryException("invalid-kind", "kind must be one of " + String.join(", ", KINDS) + ".");
        }
        String f = blankToNull(factType);
        if (f != null && !FACT_TYPES.contains(f)) {
            throw new BadQueryException("invalid-fact-type",
                    "factType must be one of " + String.join(", ", FACT_TYPES) + ".");
        }
        SearchSort order = sort(sort, !words.isEmpty());
        int size = limit(limit, defaultLimit);
        String c = blankToNull(cursor);
        if (c != null) {
            SearchCursor.decode(c, order);
        }
        return new SearchCriteria(words, fromDate, toDate, placeKey(place), blankToNull(person),
                blankToNull(organization), blankToNull(topic), k, blankToNull(publication), f, order, size, c,
                !"false".equalsIgnoreCase(blankToNull(facets)), mediaTopicTopic(mediaTopic));
    }

    /**
     * The topic code of an IPTC Media Topic given as QCode (medtop:20000449), eight digits or URI; one no topic maps
     * to is a 400 naming those that do.
     */
    private static String mediaTopicTopic(String mediaTopic) {
        String m = blankToNull(mediaTopic);
        if (m == null) {
            return null;
        }
        MediaTopics mapping = MediaTopics.standard();
        return mapping.topicOf(m).orElseThrow(() -> new BadQueryException("unknown-media-topic", "mediaTopic "
                + m + " is none of the Media Topics of the topics: " + String.join(", ",
                mapping.all().stream().map(MediaTopic::qcode).toList()) + "."));
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
     * recheck: on its own it would read the text of every article. It needs a longer word or an indexed filter
     * (place, person, organization, topic, kind, publication, factType) beside it; a date range alone does not
     * narrow enough, a year of articles being most of the archive.
     */
    public SearchCriteria narrowed(SearchCriteria c) {
        boolean onlySingleCharacters = !c.words().isEmpty()
                && c.words().stream().allMatch(word -> word.codePointCount(0, word.length()) < 2);
        boolean filtered = c.placeKey() != null || c.person() != null || c.organization() != null
                || c.topic() != null || c.mediaTopic() != null || c.kind() != null || c.publication() != null || c.factType() != null;
        if (onlySingleCharacters && !filtered) {
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
