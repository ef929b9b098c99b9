package org.bulletinpipeline.query.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of a search over {@code article_search s} and its bound values. Every value goes through a
 * placeholder; the SQL text only ever holds fixed fragments. Conditions are what the table's GIN index answers (words
 * by their bigrams, entities by array containment, kind and publication by equality) and the date bounds; rechecks
 * are the substring tests that read an article's whole text, kept apart so a query can apply them to as few rows as
 * it needs (see SearchRepository).
 */
public final class SqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> conditionValues = new ArrayList<>();
    private final List<String> rechecks = new ArrayList<>();
    private final List<Object> recheckValues = new ArrayList<>();

    public static SqlFilter of(SearchCriteria c) {
        SqlFilter f = new SqlFilter();
        for (String word : c.words()) {
            int length = word.codePointCount(0, word.length());
            if (length >= 2) {
                f.add("s.bigrams @> ?", new TextArray(List.copyOf(SearchText.bigrams(word))));
            }
            // a two-character word is its own only bigram, so containment is already exact; the recheck, which
            // reads the whole text of every candidate, is only needed for longer (and for one-character) words
            if (length != 2) {
                f.rechecks.add("strpos(s.search_text, ?) > 0");
                f.recheckValues.add(word);
            }
        }
        if (c.from() != null) {
            f.add("s.sort_date >= ?", c.from());
        }
        if (c.to() != null) {
            f.add("s.sort_date <= ?", c.to());
        }
        for (SearchFilter filter : SearchFilter.values()) {
            String value = c.filter(filter);
            if (value != null) {
                f.add(filter.condition(), value);
            }
        }
        return f;
    }

    /** Adds a condition with one value per placeholder. */
    public SqlFilter add(String clause, Object... values) {
        conditions.add(clause);
        conditionValues.addAll(List.of(values));
        return this;
    }

    /** Conditions and rechecks: the whole filter. */
    public String where() {
        List<String> all = new ArrayList<>(conditions);
        all.addAll(rechecks);
        return all.isEmpty() ? "true" : String.join(" and ", all);
    }

    /** The values of {@link #where()}, in order. */
    public List<Object> values() {
        List<Object> all = new ArrayList<>(conditionValues);
        all.addAll(recheckValues);
        return all;
    }

    public String conditions() {
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    public List<Object> conditionValues() {
        return List.copyOf(conditionValues);
    }

    /** The substring rechecks, null when there are none. */
    public String rechecks() {
        return rechecks.isEmpty() ? null : String.join(" and ", rechecks);
    }

    public List<Object> recheckValues() {
        return List.copyOf(recheckValues);
    }

    /** A text[] value to bind. */
    public record TextArray(List<String> values) {
    }
}
