package org.bulletinpipeline.query.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.bulletinpipeline.query.search.ArticleRow;
import org.bulletinpipeline.query.search.FacetCount;
import org.bulletinpipeline.query.search.Facets;
import org.bulletinpipeline.query.search.SearchCriteria;
import org.bulletinpipeline.query.search.SearchCursor;
import org.bulletinpipeline.query.search.SearchSort;
import org.bulletinpipeline.query.search.SqlFilter;

/** The search's SQL: one page of articles, the capped total with facets, a streamed export, a single-row match. */
@ApplicationScoped
public class SearchRepository {

    private static final String COLUMNS = """
            a.id, a.bulletin_id, a.ordinal, a.kind, a.kicker, a.title, a.subtitle, a.dateline, a.publication,
            a.published_on, a.sort_date, a.stored_at, a.body, a.summary, a.person_names, a.organization_names,
            a.place_names, a.topics, a.keywords""";

    private final DataSource dataSource;

    public SearchRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Up to {@code limit + 1} rows after the cursor in date or arrival order (the extra one says "more"). */
    public List<ArticleRow> keysetPage(SearchCriteria c, SearchCursor cursor) {
        SqlFilter filter = SqlFilter.of(c);
        String order;
        switch (c.sort()) {
            case STORED -> {
                order = "a.stored_at desc, a.id desc";
                if (cursor instanceof SearchCursor.AfterStored s) {
                    filter.add("(a.stored_at, a.id) < (?, ?)", Timestamp.from(s.storedAt())).values().add(s.id());
                }
            }
            default -> {
                order = "a.sort_date desc, a.id desc";
                if (cursor instanceof SearchCursor.AfterDate d) {
                    filter.add("(a.sort_date, a.id) < (?, ?)", d.date()).values().add(d.id());
                }
            }
        }
        String sql = "select " + COLUMNS + ", null as score from article a where " + filter.where()
                + " order by " + order + " limit ?";
        return query(sql, filter, List.of(c.limit() + 1));
    }

    /**
     * Up to {@code limit + 1} rows from {@code offset} by relevance among the newest {@code sample} matches: five
     * points per occurrence of a word in the title and one per word found at all, newer first among equals. Counting
     * occurrences in the body too would read every sampled article's whole text (see README, trade-offs).
     */
    public List<ArticleRow> relevancePage(SearchCriteria c, int offset, int sample) {
        SqlFilter filter = SqlFilter.of(c);
        StringBuilder score = new StringBuilder("0");
        List<Object> scoreValues = new ArrayList<>();
        for (String word : c.words()) {
            score.append(" + 5 * occurrences(lower(coalesce(a.title, '')), ?) + 1");
            scoreValues.add(word);
        }
        // rank ids first; the wide columns (body) are read only for the page's rows
        String sql = "with m as (select a.id, a.sort_date, (" + score + ")::float8 as score from article a where "
                + filter.where() + " order by a.sort_date desc, a.id desc limit ?), "
                + "p as (select id, sort_date, score from m order by score desc, sort_date desc, id desc "
                + "offset ? limit ?) "
                + "select " + COLUMNS + ", p.score from p join article a on a.id = p.id "
                + "order by p.score desc, p.sort_date desc, p.id desc";
        List<Object> tail = new ArrayList<>();
        tail.add(sample);
        tail.add(offset);
        tail.add(c.limit() + 1);
        return query(sql, scoreValues, filter, tail);
    }

    /**
     * The first page, the capped total and the facets from one scan: all three come from the newest {@code sample}
     * matches (ranked by the title-weighted score for relevance), so the filter is evaluated once per request.
     */
    public FirstPage firstPage(SearchCriteria c, int sample, int facetSize) {
        SqlFilter filter = SqlFilter.of(c);
        StringBuilder score = new StringBuilder("0");
        List<Object> head = new ArrayList<>();
        if (c.sort() == SearchSort.RELEVANCE) {
            for (String word : c.words()) {
                score.append(" + 5 * occurrences(lower(coalesce(a.title, '')), ?) + 1");
                head.add(word);
            }
        }
        String order = c.sort() == SearchSort.RELEVANCE ? "score desc, sort_date desc, id desc"
                : "sort_date desc, id desc";
        StringBuilder sql = new StringBuilder("with m as materialized (select a.id, a.sort_date, a.kind, ")
                .append("a.person_names, a.organization_names, a.place_names, a.topics, (").append(score)
                .append(")::float8 as score from article a where ").append(filter.where())
                .append(" order by a.sort_date desc, a.id desc limit ?) ")
                .append("select 'total' as facet, null as value, count(*) as n, null::float8 as score from m ")
                .append("union all (select 'page', id, row_number() over (order by ").append(order)
                .append("), score from m order by ").append(order).append(" limit ?) ");
        if (c.facets()) {
            sql.append("union all (select 'kinds', kind, count(*), null from m group by kind order by 3 desc, 2 "
                    + "limit ?) ")
                    .append(facet("persons", "person_names", ", null"))
                    .append(facet("organizations", "organization_names", ", null"))
                    .append(facet("places", "place_names", ", null")).append(facet("topics", "topics", ", null"));
        }
        Map<String, List<FacetCount>> facets = new HashMap<>();
        List<String> pageIds = new ArrayList<>();
        Map<String, Double> scores = new HashMap<>();
        long total = 0;
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(sql.toString())) {
            int i = 1;
            for (Object v : head) {
                SqlFilter.bindValue(conn, ps, i++, v);
            }
            i = filter.bind(conn, ps, i);
            ps.setInt(i++, sample);
            ps.setInt(i++, c.limit() + 1);
            if (c.facets()) {
                for (int f = 0; f < 5; f++) {
                    ps.setInt(i++, facetSize);
                }
            }
            // (row number, index into pageIds) of each page row
            List<long[]> positions = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String kind = rs.getString(1);
                    if ("total".equals(kind)) {
                        total = rs.getLong(3);
                    } else if ("page".equals(kind)) {
                        positions.add(new long[] {rs.getLong(3), pageIds.size()});
                        pageIds.add(rs.getString(2));
                        if (c.sort() == SearchSort.RELEVANCE) {
                            scores.put(rs.getString(2), rs.getDouble(4));
                        }
                    } else {
                        facets.computeIfAbsent(kind, k -> new ArrayList<>())
                                .add(new FacetCount(rs.getString(2), null, rs.getLong(3)));
                    }
                }
            }
            // union all keeps each part's rows together but not necessarily in order: the row number says it
            positions.sort((x, y) -> Long.compare(x[0], y[0]));
            List<String> ordered = positions.stream().map(x -> pageIds.get((int) x[1])).toList();
            Map<String, ArticleRow> rows = new HashMap<>();
            if (!ordered.isEmpty()) {
                try (PreparedStatement page = conn.prepareStatement("select " + COLUMNS
                        + ", null as score from article a where a.id = any(?)")) {
                    page.setArray(1, conn.createArrayOf("text", ordered.toArray()));
                    try (ResultSet rs = page.executeQuery()) {
                        while (rs.next()) {
                            ArticleRow r = row(rs);
                            rows.put(r.id(), scores.containsKey(r.id()) ? withScore(r, scores.get(r.id())) : r);
                        }
                    }
                }
            }
            Facets f = c.facets() ? new Facets(withCodes(conn, facets.getOrDefault("places", List.of())),
                    facets.getOrDefault("persons", List.of()), facets.getOrDefault("organizations", List.of()),
                    facets.getOrDefault("topics", List.of()), facets.getOrDefault("kinds", List.of())) : null;
            return new FirstPage(ordered.stream().map(rows::get).filter(r -> r != null).toList(),
                    new Summary(total, f));
        } catch (SQLException e) {
            throw new IllegalStateException("search failed", e);
        }
    }

    private static ArticleRow withScore(ArticleRow r, double score) {
        return new ArticleRow(r.id(), r.bulletinId(), r.ordinal(), r.kind(), r.kicker(), r.title(), r.subtitle(),
                r.dateline(), r.publication(), r.publishedOn(), r.date(), r.storedAt(), r.body(), r.summary(),
                r.persons(), r.organizations(), r.places(), r.topics(), r.keywords(), score);
    }

    /** How many match, counting up to {@code sample}; with {@code facets}, the facet counts over those. */
    public Summary summary(SearchCriteria c, int sample, int facetSize) {
        SqlFilter filter = SqlFilter.of(c);
        String matches = "select a.id, a.kind, a.person_names, a.organization_names, a.place_names, a.topics "
                + "from article a where " + filter.where() + " order by a.sort_date desc, a.id desc limit ?";
        if (!c.facets()) {
            try (Connection conn = dataSource.getConnection();
                 PreparedStatement ps = conn.prepareStatement("select count(*) from (" + matches + ") m")) {
                int i = filter.bind(conn, ps, 1);
                ps.setInt(i, sample);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Summary(rs.getLong(1), null);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("search count failed", e);
            }
        }
        String sql = "with m as materialized (" + matches + ") "
                + "select 'total' as facet, null as value, count(*) as n from m "
                + "union all (select 'kinds', kind, count(*) from m group by kind order by 3 desc, 2 limit ?) "
                + facet("persons", "person_names") + facet("organizations", "organization_names")
                + facet("places", "place_names") + facet("topics", "topics");
        Map<String, List<FacetCount>> facets = new HashMap<>();
        long total = 0;
        try (Connection conn = dataSource.getConnection(); PreparedStatement ps = conn.prepareStatement(sql)) {
            int i = filter.bind(conn, ps, 1);
            ps.setInt(i++, sample);
            for (int f = 0; f < 5; f++) {
                ps.setInt(i++, facetSize);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if ("total".equals(rs.getString(1))) {
                        total = rs.getLong(3);
                    } else {
                        facets.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(new FacetCount(rs.getString(2), null, rs.getLong(3)));
                    }
                }
            }
            List<FacetCount> places = withCodes(conn, facets.getOrDefault("places", List.of()));
            return new Summary(total, new Facets(places, facets.getOrDefault("persons", List.of()),
                    facets.getOrDefault("organizations", List.of()), facets.getOrDefault("topics", List.of()),
                    facets.getOrDefault("kinds", List.of())));
        } catch (SQLException e) {
            throw new IllegalStateException("search facets failed", e);
        }
    }

    private static String facet(String name, String column) {
        return facet(name, column, "");
    }

    /** A facet over {@code m}; {@code extra} pads the row when the union carries more columns. */
    private static String facet(String name, String column, String extra) {
        return "union all (select '" + name + "', x, count(*)" + extra + " from m, unnest(m." + column + ") x "
                + "group by x order by 3 desc, 2 limit ?) ";
    }

    private static List<FacetCount> withCodes(Connection conn, List<FacetCount> places) throws SQLException {
        if (places.isEmpty()) {
            return places;
        }
        Map<String, String> codes = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement(
                "select name, min(code) from place where name = any(?) group by name")) {
            ps.setArray(1, conn.createArrayOf("text", places.stream().map(FacetCount::value).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return places.stream().map(p -> new FacetCount(p.value(), codes.get(p.value()), p.count())).toList();
    }

    /** The article if it exists and passes the filters (the live stream's per-subscriber check). */
    public Optional<ArticleRow> matching(String articleId, SearchCriteria c) {
        SqlFilter filter = SqlFilter.of(c).add("a.id = ?", articleId);
        return query("select " + COLUMNS + ", null as score from article a where " + filter.where(), filter,
                List.of()).stream().findFirst();
    }

    /**
     * Every match in the criteria's order, handed to {@code sink} one row at a time from a server-side cursor, so an
     * export of the whole archive never sits in memory.
     */
    public void stream(SearchCriteria c, int maxRows, Consumer<ArticleRow> sink) {
        SqlFilter filter = SqlFilter.of(c);
        String order = switch (c.sort()) {
            case STORED -> "a.stored_at desc, a.id desc";
            default -> "a.sort_date desc, a.id desc";
        };
        String sql = "select " + COLUMNS + ", null as score from article a where " + filter.where() + " order by "
                + order + " limit ?";
        try (Connection conn = dataSource.getConnection()) {
            boolean autoCommit = conn.getAutoCommit();
            // the PostgreSQL driver only fetches in batches inside a transaction
            conn.setAutoCommit(false);
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                ps.setFetchSize(500);
                int i = filter.bind(conn, ps, 1);
                ps.setInt(i, maxRows);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(row(rs));
                    }
                }
            } finally {
                conn.rollback();
                conn.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("export failed", e);
        }
    }

    private List<ArticleRow> query(String sql, SqlFilter filter, List<Object> tail) {
        return query(sql, List.of(), filter, tail);
    }

    /** Binds {@code head}, then the filter's values, then {@code tail}, in the order their placeholders appear. */
    private List<ArticleRow> query(String sql, List<Object> head, SqlFilter filter, List<Object> tail) {
        try (Connection conn = dataSource.getConnection(); PreparedStatement ps = conn.prepareStatement(sql)) {
            int i = 1;
            for (Object v : head) {
                SqlFilter.bindValue(conn, ps, i++, v);
            }
            i = filter.bind(conn, ps, i);
            for (Object v : tail) {
                SqlFilter.bindValue(conn, ps, i++, v);
            }
            List<ArticleRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("search failed", e);
        }
    }

    private static ArticleRow row(ResultSet rs) throws SQLException {
        Timestamp stored = rs.getTimestamp("stored_at");
        Object score = rs.getObject("score");
        return new ArticleRow(rs.getString("id"), rs.getString("bulletin_id"), rs.getInt("ordinal"),
                rs.getString("kind"), rs.getString("kicker"), rs.getString("title"), rs.getString("subtitle"),
                rs.getObject("dateline", LocalDate.class), rs.getString("publication"),
                rs.getObject("published_on", LocalDate.class), rs.getObject("sort_date", LocalDate.class),
                stored == null ? null : stored.toInstant(), rs.getString("body"), rs.getString("summary"),
                strings(rs.getArray("person_names")), strings(rs.getArray("organization_names")),
                strings(rs.getArray("place_names")), strings(rs.getArray("topics")), strings(rs.getArray("keywords")),
                score instanceof Number n ? n.doubleValue() : null);
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** The first page's rows (up to limit + 1) with the summary. */
    public record FirstPage(List<ArticleRow> rows, Summary summary) {
    }

    /** The capped total and, when asked for, the facets. */
    public record Summary(long total, Facets facets) {
    }
}
