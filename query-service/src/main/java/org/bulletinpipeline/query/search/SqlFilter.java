package org.bulletinpipeline.query.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of a search over {@code article a} and its bound values. Every value goes through a placeholder;
 * the SQL text only ever holds fixed fragments. Array filters use containment ({@code @>}) so the GIN indexes serve
 * them.
 */
public final class SqlFilter {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    public static SqlFilter of(SearchCriteria c) {
        SqlFilter f = new SqlFilter();
        for (String word : c.words()) {
            int length = word.codePointCount(0, word.length());
            if (length >= 2) {
                f.add("a.bigrams @> ?", new TextArray(List.copyOf(SearchText.bigrams(word))));
            }
            // a two-character word is its own only bigram, so containment is already exact; the recheck, which
            // reads the whole text of every candidate, is only needed for longer (and for one-character) words
            if (length != 2) {
                f.add("strpos(a.search_text, ?) > 0", word);
            }
        }
        if (c.from() != null) {
            f.add("a.sort_date >= ?", c.from());
        }
        if (c.to() != null) {
            f.add("a.sort_date <= ?", c.to());
        }
        if (c.placeKey() != null) {
            f.add("a.place_keys @> array[cast(? as text)]", c.placeKey());
        }
        if (c.person() != null) {
            f.add("a.person_names @> array[cast(? as text)]", c.person());
        }
        if (c.organization() != null) {
            f.add("a.organization_names @> array[cast(? as text)]", c.organization());
        }
        if (c.topic() != null) {
            f.add("a.topics @> array[cast(? as text)]", c.topic());
        }
        if (c.factType() != null) {
            f.add("a.fact_types @> array[cast(? as text)]", c.factType());
        }
        if (c.kind() != null) {
            f.add("a.kind = ?", c.kind());
        }
        if (c.publication() != null) {
            f.add("a.publication = ?", c.publication());
        }
        return f;
    }

    public SqlFilter add(String clause, Object value) {
        clauses.add(clause);
        values.add(value);
        return this;
    }

    public String where() {
        return clauses.isEmpty() ? "true" : String.join(" and ", clauses);
    }

    public List<Object> values() {
        return values;
    }

    /** Binds this filter's values from parameter {@code first} on; returns the next free index. */
    public int bind(Connection c, PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Object v : values) {
            bindValue(c, ps, i++, v);
        }
        return i;
    }

    public static void bindValue(Connection c, PreparedStatement ps, int i, Object v) throws SQLException {
        if (v instanceof TextArray array) {
            ps.setArray(i, c.createArrayOf("text", array.values().toArray()));
        } else {
            ps.setObject(i, v);
        }
    }

    /** A text[] value to bind. */
    public record TextArray(List<String> values) {
    }
}
