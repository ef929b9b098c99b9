package org.bulletinpipeline.query.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.bulletinpipeline.query.search.SearchFilter;

/**
 * The share of articles that contain a value of an indexed column (a bigram, a person, a place key, a kind…), from
 * the statistics PostgreSQL keeps for its own planner (pg_stats of article_search, renewed by ANALYZE; read here at
 * most every ten minutes). A value among the column's most common ones has its measured share; any other is taken
 * to be half as common as the least common of those, as the planner itself assumes. The search only sizes its first
 * date window with these shares.
 */
@ApplicationScoped
public class TermFrequencies {

    /** A column without statistics yet (a new or never analyzed table): its values are taken to be common. */
    static final double UNKNOWN = 1.0;

    /** The columns the search estimates shares of: the words' bigrams and the column of every filter. */
    private static final List<String> COLUMNS = Stream.concat(Stream.of("bigrams"),
            Arrays.stream(SearchFilter.values()).map(SearchFilter::column)).distinct().toList();

    private record Column(Map<String, Double> common, double other) {
    }

    private final DataSource dataSource;
    private final Snapshot<Map<String, Column>> columns;

    public TermFrequencies(DataSource dataSource) {
        this.dataSource = dataSource;
        this.columns = new Snapshot<>("term-frequencies", Duration.ofMinutes(10), this::load);
    }

    /** The estimated share of articles whose {@code column} holds (or, for kind and publication, is) {@code value}. */
    public double of(String column, String value) {
        Column c = columns.get().get(column);
        if (c == null) {
            return UNKNOWN;
        }
        return c.common().getOrDefault(value, c.other());
    }

    private Map<String, Column> load() {
        Map<String, Column> loaded = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select attname, most_common_elems::text::text[], most_common_elem_freqs,
                       most_common_vals::text::text[], most_common_freqs
                from pg_stats
                where schemaname = current_schema() and tablename = 'article_search' and attname::text = any(?)""")) {
            ps.setArray(1, c.createArrayOf("text", COLUMNS.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Column column = rs.getArray(2) != null ? column(rs.getArray(2), rs.getArray(3), true)
                            : rs.getArray(4) != null ? column(rs.getArray(4), rs.getArray(5), false) : null;
                    if (column != null) {
                        loaded.put(rs.getString(1), column);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading column statistics failed", e);
        }
        return loaded;
    }

    /**
     * Element statistics (arrays) list the values' frequencies followed by their minimum, maximum and the share of
     * null elements; value statistics (scalars) list the frequencies only.
     */
    private static Column column(Array values, Array frequencies, boolean elements) throws SQLException {
        String[] v = (String[]) values.getArray();
        Float[] f = (Float[]) frequencies.getArray();
        Map<String, Double> common = new HashMap<>();
        double least = 1;
        for (int i = 0; i < v.length; i++) {
            common.put(v[i], (double) f[i]);
            least = Math.min(least, f[i]);
        }
        if (elements && f.length > v.length) {
            least = f[v.length];
        }
        return new Column(common, least / 2);
    }
}
