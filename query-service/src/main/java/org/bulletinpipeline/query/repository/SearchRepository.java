package org.bulletinpipeline.query.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.bulletinpipeline.query.search.ArticleRow;
import org.bulletinpipeline.query.search.DateWindow;
import org.bulletinpipeline.query.search.SearchBusyException;
import org.bulletinpipeline.query.search.SearchCriteria;
import org.bulletinpipeline.query.search.SearchCursor;
import org.bulletinpipeline.query.search.SearchFilter;
import org.bulletinpipeline.query.search.SearchText;
import org.bulletinpipeline.query.search.SearchTimeoutException;
import org.bulletinpipeline.query.search.SqlFilter;
import org.bulletinpipeline.query.view.FacetCount;
import org.bulletinpipeline.query.view.Facets;

/**
 * The search's SQL. Matches are found in {@code article_search} (narrow rows, one GIN index over every condition),
 * date slice by date slice; only the rows of the page shown are read from {@code article}, which holds the text.
 */
@ApplicationScoped
public class SearchRepository {

    /** SQLSTATE query_canceled: what statement_timeout ends a statement with. */
    private static final String QUERY_CANCELED = "57014";
    private static final String COLUMNS = columns("a.body");

    static final int EXCERPT_BEFORE = 40;
    static final int EXCERPT_LENGTH = 200;

    /**
     * A hit's body as the snippet needs it: {@value #EXCERPT_LENGTH} characters from {@value #EXCERPT_BEFORE} before
     * the first word found in it (Highlighter cuts 30 before and 90 after that), with an ellipsis where the body goes
     * on. A body is a few kilobytes; a page of them read whole and lower-cased took a third of the service's time per
     * search. {@code e.start} is where the excerpt starts, {@code x.part} the excerpt and one character more, which
     * tells whether the body goes on without counting the characters of all of it.
     */
    private static final String EXCERPT = "case when e.start > 1 then '…' else '' end || left(x.part, "
            + EXCERPT_LENGTH + ") || case when char_length(x.part) > " + EXCERPT_LENGTH + " then '…' else '' end";

    private static String columns(String body) {
        return "a.id, a.bulletin_id, a.ordinal, a.kind, a.kicker, a.title, a.subtitle, a.dateline, a.publication, "
                + "a.published_on, a.sort_date, a.stored_at, " + body + " as body, a.summary, a.person_names, "
                + "a.organization_names, a.place_names, a.topics, a.keywords";
    }

    /** The article columns of a sample's part that is not a page row, typed as {@link #columns} types them. */
    private static final String NO_ROW = "null::text as bulletin_id, null::integer as ordinal, null::text as kind, "
            + "null::text as kicker, null::text as title, null::text as subtitle, null::date as dateline, "
            + "null::text as publication, null::date as published_on, null::date as sort_date, "
            + "null::timestamptz as stored_at, null::text as body, null::text as summary, "
            + "null::text[] as person_names, null::text[] as organization_names, null::text[] as place_names, "
            + "null::text[] as topics, null::text[] as keywords";

    /** The article_search columns the facets count (see SearchFilter), carried from the matching step to the counts. */
    private static final String FACET_COLUMNS = SearchFilter.faceted().stream().map(f -> "s." + f.facetColumn())
            .collect(Collectors.joining(", "));

    /** Each facet's name with its values as a text[] of the sample's row {@code m}, as rows of a {@code values} list. */
    private static final String FACET_VALUES = SearchFilter.faceted().stream()
            .map(f -> "('" + f.facet().orElseThrow() + "', " + f.facetValues() + ")").collect(Collectors.joining(", "));

    /**
     * What the matching step reads of an article_search row and sorts; the text only when a recheck needs it, for
     * every candidate carries it through the sort (a kilobyte or two, compressed).
     */
    private static final String CANDIDATE = "s.id, s.sort_date, s.title, " + FACET_COLUMNS;

    private final DataSource dataSource;
    /**
     * One permit per connection of the search pool, handed out in order of arrival: a search holds its connection
     * from its first statement to its last, and under a burst the searches waiting for one are served first come,
     * first served, so a search's wait is that of the searches ahead of it, not a draw repeated for each statement.
     */
    private final Semaphore turns;
    private final Duration wait;

    public SearchRepository(@io.quarkus.agroal.DataSource("search") DataSource dataSource,
                            @ConfigProperty(name = "quarkus.datasource.search.jdbc.max-size") int connections,
                            @ConfigProperty(name = "quarkus.datasource.search.jdbc.acquisition-timeout",
                                    defaultValue = "5s") Duration wait, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.turns = new Semaphore(connections, true);
        this.wait = wait;
        Gauge.builder("query.search.waiting", turns, Semaphore::getQueueLength)
                .description("searches waiting for a search connection").register(registry);
    }

    /** A connection for one search, once its turn comes; {@link SearchBusyException} when it does not in time. */
    public Session open() {
        try {
            if (!turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SearchBusyException("no search connection became free within " + wait.toMillis() + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchBusyException("interrupted while waiting for a search connection");
        }
        try {
            return new Session(dataSource.getConnection());
        } catch (SQLException | RuntimeException e) {
            turns.release();
            throw new IllegalStateException("search failed", e);
        }
    }

    /** What a failed statement becomes: {@link SearchTimeoutException} when statement_timeout cancelled it. */
    static RuntimeException failed(String what, SQLException e) {
        if (QUERY_CANCELED.equals(e.getSQLState())) {
            return new SearchTimeoutException(what + " ran past the statement timeout of the search pool", e);
        }
        return new IllegalStateException(what + " failed", e);
    }

    /** The statements of one search, on the one connection it holds until closed. */
    public final class Session implements AutoCloseable {

        private final Connection conn;

        private Session(Connection conn) {
            this.conn = conn;
        }

        /**
         * The newest {@code need} matches, looked for slice by slice, in one statement: how many there are (up to
         * {@code need}), the page's rows (of {@code article}, with their excerpts for {@code c.words()}) and, with
         * {@code facets}, the facet counts over the newest {@code counted}. The parts come out of one {@code union
         * all} whose first part names and types its columns: the page's rows fill all of them, the total and the
         * facet counts only the first five, with a facet's value in {@code id}.
         */
        public Sample sample(SearchCriteria c, List<DateWindow> slices, int need, Page page, boolean facets,
                             int counted, int facetSize) {
            List<Object> values = new ArrayList<>();
            StringBuilder score = new StringBuilder("0");
            if (page instanceof Page.ByScore) {
                // the occurrences of a word in the title, written out: the SQL function occurrences() names its text
                // twice, so PostgreSQL does not inline it and runs it through the SQL function executor row by row
                String title = "lower(coalesce(s.title, ''))";
                for (String word : c.words()) {
                    score.append(" + 5 * ((char_length(").append(title).append(") - char_length(replace(").append(title)
                            .append(", ?, ''))) / ?) + 1");
                    values.add(word);
                    values.add(Math.max(1, word.codePointCount(0, word.length())));
                }
            }
            StringBuilder sql = new StringBuilder("with m as materialized (select *, ")
                    .append("row_number() over (order by sort_date desc, id desc) as rn from (")
                    .append(newest(SqlFilter.of(c), slices, need, values, "s.id, s.sort_date, " + FACET_COLUMNS
                            + ", (" + score + ")::float8 as score"))
                    .append(") m0) ")
                    .append("select 'total' as part, null::text as id, count(*) as n, null::float8 as score, ")
                    .append("null::text as code, ").append(NO_ROW).append(" from m ");
            if (page != null) {
                // (id, position, score) of the page's rows among the sample's
                String positions = switch (page) {
                    case Page.Newest p -> {
                        String after = "";
                        if (p.after() != null) {
                            after = " where (sort_date, id) < (?, ?)";
                            values.add(p.after().date());
                            values.add(p.after().id());
                        }
                        values.add(p.size());
                        yield "select id, rn as position, null::float8 as score from m" + after
                                + " order by rn limit ?";
                    }
                    case Page.ByScore p -> {
                        String order = "score desc, sort_date desc, id desc";
                        values.add(p.ranked());
                        values.add(p.offset());
                        values.add(p.size());
                        yield "select id, row_number() over (order by " + order + ") as position, score from m "
                                + "where rn <= ? order by " + order + " offset ? limit ?";
                    }
                };
                sql.append("union all (select 'page', a.id, p.position, p.score, null, ")
                        .append(columns(EXCERPT).substring("a.id, ".length()))
                        .append(" from (").append(positions).append(") p join article a on a.id = p.id ")
                        .append(excerpt(c.words(), values)).append(") ");
            }
            if (facets) {
                // every facet in one pass over the sample: its values as (facet, value) pairs, counted together and
                // ranked per facet; a place comes with its code (the shortest when a name was seen with several)
                sql.append("union all (select part, value, n, null, case when part = 'places' then ")
                        .append("(select min(p.code) from place p where p.name = value) end, ").append(NO_ROW)
                        .append(" from (select v.part, x as value, count(*) as n, row_number() over ")
                        .append("(partition by v.part order by count(*) desc, x) as r from m cross join lateral ")
                        .append("(values ").append(FACET_VALUES)
                        .append(") v(part, names) cross join lateral unnest(v.names) x ")
                        .append("where m.rn <= ? group by v.part, x) f where r <= ?)");
                values.add(counted);
                values.add(facetSize);
            }
            Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
            // (position, row) of each page row
            List<Map.Entry<Long, ArticleRow>> pageRows = new ArrayList<>();
            long total = 0;
            try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
                bind(conn, ps, values);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String part = rs.getString("part");
                        switch (part) {
                            case "total" -> total = rs.getLong("n");
                            case "page" -> pageRows.add(Map.entry(rs.getLong("n"), row(rs)));
                            default -> counts.computeIfAbsent(part, k -> new ArrayList<>())
                                    .add(new FacetCount(rs.getString("id"), rs.getString("code"), rs.getLong("n")));
                        }
                    }
                }
            } catch (SQLException e) {
                throw failed("search", e);
            }
            // union all keeps each part's rows together but not necessarily in order: the position says it
            pageRows.sort(Map.Entry.comparingByKey());
            // and the facet values come out in no particular order: most frequent first, then by value
            counts.values().forEach(list -> list.sort(Comparator.comparingLong(FacetCount::count).reversed()
                    .thenComparing(FacetCount::value)));
            Facets f = facets ? Facets.of(counts.getOrDefault("places", List.of()),
                    counts.getOrDefault("persons", List.of()), counts.getOrDefault("organizations", List.of()),
                    counts.getOrDefault("topics", List.of()), counts.getOrDefault("kinds", List.of())) : null;
            return new Sample(total, pageRows.stream().map(Map.Entry::getValue).toList(), f);
        }

        /** Up to {@code size} ids of matches after {@code after} in date order, looked for slice by slice. */
        public List<String> after(SearchCriteria c, List<DateWindow> slices, SearchCursor.AfterDate after, int size) {
            SqlFilter filter = SqlFilter.of(c).add("(s.sort_date, s.id) < (?, ?)", after.date(), after.id());
            List<Object> values = new ArrayList<>();
            String sql = newest(filter, slices, size, values, "s.id");
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                bind(conn, ps, values);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw failed("search", e);
            }
            return ids;
        }

        /**
         * The articles with these ids, in the order given, for a page of hits: instead of the whole body, the part a
         * snippet is cut from (see {@link #EXCERPT}).
         */
        public List<ArticleRow> hits(List<String> ids, List<String> words) {
            if (ids.isEmpty()) {
                return List.of();
            }
            List<Object> values = new ArrayList<>();
            String sql = "select " + columns(EXCERPT) + ", null as score from article a " + excerpt(words, values)
                    + " where a.id = any(?)";
            values.add(new SqlFilter.TextArray(List.copyOf(ids)));
            Map<String, ArticleRow> rows = new HashMap<>();
            for (ArticleRow r : query(conn, sql, values)) {
                rows.put(r.id(), r);
            }
            // an article deleted since the ids were read (a newer run with fewer articles) is left out
            return ids.stream().map(rows::get).filter(r -> r != null).toList();
        }

        /** Up to {@code limit + 1} rows after the cursor in arrival order (the extra one says "more"). */
        public List<ArticleRow> storedPage(SearchCriteria c, SearchCursor.AfterStored after) {
            SqlFilter filter = SqlFilter.of(c);
            if (after != null) {
                filter.add("(a.stored_at, a.id) < (?, ?)", Timestamp.from(after.storedAt()), after.id());
            }
            List<Object> values = new ArrayList<>(filter.values());
            values.add(c.limit() + 1);
            return query(conn, "select " + COLUMNS + ", null as score from article a join article_search s "
                    + "on s.id = a.id where " + filter.where() + " order by a.stored_at desc, a.id desc limit ?",
                    values);
        }

        @Override
        public void close() {
            try {
                conn.close();
            } catch (SQLException e) {
                throw new IllegalStateException("search connection failed to close", e);
            } finally {
                turns.release();
            }
        }
    }

    /** Which of the sample's rows make the page, and in which order. */
    public sealed interface Page {

        /** Date order: the rows after {@code after} (from the start when null), up to {@code size}. */
        record Newest(SearchCursor.AfterDate after, int size) implements Page {
        }

        /**
         * Relevance among the newest {@code ranked} matches: five points per occurrence of a word in the title and
         * one per word found at all, newer first among equals; {@code size} rows from {@code offset}. Counting
         * occurrences in the body too would read every ranked article's whole text (see README, trade-offs).
         */
        record ByScore(int offset, int size, int ranked) implements Page {
        }
    }

    /**
     * The newest {@code limit} matches of {@code filter} with {@code columns} (of {@code s}): one part per slice,
     * newest slice first, each sorted newest first, under a limit, so PostgreSQL (which runs the parts of a union in
     * order, one at a time: the search's sessions plan no parallel workers) never starts a slice once the earlier
     * ones gave enough. Within a slice the index conditions find the candidates and the substring rechecks, which read
     * each candidate's whole text, run on them newest first only until the limit is reached (the inner query ends in
     * {@code offset 0} so the planner keeps them out of it). Appends the values in order to {@code values}, which
     * already holds those of {@code columns}.
     */
    private static String newest(SqlFilter filter, List<DateWindow> slices, int limit, List<Object> values,
                                 String columns) {
        StringBuilder sql = new StringBuilder("select ").append(columns).append(" from (");
        String rechecks = filter.rechecks();
        for (int i = 0; i < slices.size(); i++) {
            DateWindow slice = slices.get(i);
            String where = filter.conditions() + " and " + slice.sql();
            sql.append(i == 0 ? "(" : " union all (");
            if (rechecks == null) {
                sql.append("select ").append(CANDIDATE).append(" from article_search s where ").append(where)
                        .append(" order by s.sort_date desc, s.id desc limit ?)");
            } else {
                sql.append("select * from (select ").append(CANDIDATE)
                        .append(", s.search_text from article_search s where ").append(where)
                        .append(" order by s.sort_date desc, s.id desc offset 0) s where ").append(rechecks)
                        .append(" limit ?)");
            }
            values.addAll(filter.conditionValues());
            values.addAll(slice.values());
            if (rechecks != null) {
                values.addAll(filter.recheckValues());
            }
            values.add(limit);
        }
        values.add(limit);
        return sql.append(") s limit ?").toString();
    }

    /**
     * The joins after {@code article a} that give {@link #EXCERPT} its body {@code b.body}, start {@code e.start} and
     * part {@code x.part}; appends the words' values. The start is where the first word is found in the body (in the
     * lower-cased body for a word with letters that have case; a Chinese word is found at the same place in the body
     * as it is, which spares lower-casing it), 1 when none is. With words, the body is read (and, stored compressed
     * or out of line, decompressed) once per article rather than once for each function that looks at it ({@code
     * offset 0} keeps the planner from copying the expression); without, only its first characters are, and there
     * is no {@code b.body}.
     */
    private static String excerpt(List<String> words, List<Object> values) {
        if (words.isEmpty()) {
            return "cross join lateral (select 1 as start) e "
                    + "cross join lateral (select left(a.body, " + (EXCERPT_LENGTH + 1) + ") as part) x";
        }
        values.addAll(words);
        String first = "coalesce(least(" + String.join(", ", words.stream()
                .map(w -> "nullif(strpos(" + (SearchText.caseless(w) ? "b.body" : "lower(b.body)") + ", ?), 0)")
                .toList()) + "), 1)";
        return "cross join lateral (select a.body || '' as body offset 0) b "
                + "cross join lateral (select greatest(1, " + first + " - " + EXCERPT_BEFORE + ") as start) e "
                + "cross join lateral (select substr(b.body, e.start, " + (EXCERPT_LENGTH + 1) + ") as part) x";
    }

    /** The article if it exists and passes the filters (the live stream's per-subscriber check). */
    public Optional<ArticleRow> matching(String articleId, SearchCriteria c) {
        SqlFilter filter = SqlFilter.of(c).add("a.id = ?", articleId);
        try (Connection conn = dataSource.getConnection()) {
            return query(conn, "select " + COLUMNS + ", null as score from article a join article_search s "
                    + "on s.id = a.id where " + filter.where(), filter.values()).stream().findFirst();
        } catch (SQLException e) {
            throw failed("search", e);
        }
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
        String sql = "select " + COLUMNS + ", null as score from article a join article_search s on s.id = a.id "
                + "where " + filter.where() + " order by " + order + " limit ?";
        List<Object> values = new ArrayList<>(filter.values());
        values.add(maxRows);
        try (Connection conn = dataSource.getConnection()) {
            boolean autoCommit = conn.getAutoCommit();
            // the PostgreSQL driver only fetches in batches inside a transaction
            conn.setAutoCommit(false);
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                ps.setFetchSize(500);
                bind(conn, ps, values);
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
            throw failed("export", e);
        }
    }

    private static List<ArticleRow> query(Connection conn, String sql, List<Object> values) {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            bind(conn, ps, values);
            List<ArticleRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failed("search", e);
        }
    }

    private static void bind(Connection conn, PreparedStatement ps, List<Object> values) throws SQLException {
        int i = 1;
        for (Object v : values) {
            if (v instanceof SqlFilter.TextArray array) {
                ps.setArray(i++, conn.createArrayOf("text", array.values().toArray()));
            } else if (v instanceof int[] ints) {
                ps.setArray(i++, conn.createArrayOf("int4", Arrays.stream(ints).boxed().toArray()));
            } else {
                ps.setObject(i++, v);
            }
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

    /**
     * How many matches there are (counting up to the number wanted), the page's rows in order (with their scores, for
     * relevance), and the facets when asked for.
     */
    public record Sample(long count, List<ArticleRow> page, Facets facets) {
    }
}
