package org.bulletinpipeline.query.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Orders of the search: by relevance to q, by article date (dateline, else publication date), by arrival. */
public enum SearchSort {
    RELEVANCE, DATE, STORED;

    public static Optional<SearchSort> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.name().toLowerCase(Locale.ROOT).equals(text)).findFirst();
    }
}
