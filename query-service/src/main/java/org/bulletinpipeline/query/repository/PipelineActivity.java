package org.bulletinpipeline.query.repository;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The operator's view of the last day: bulletins by latest change, those that failed with the dead-letter reason,
 * and articles stored per hour. Timestamps leave the database as ISO-8601 UTC text so the JSON is the same whatever
 * the JDBC driver maps timestamptz to.
 */
@ApplicationScoped
public class PipelineActivity {

    private static final Duration WINDOW = Duration.ofHours(24);

    private static final String ISO = "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'";
    private static final String BULLETIN_COLUMNS = "select id, status, article_count, failure_reason, "
            + "to_char(received_at at time zone 'UTC', " + ISO + "), "
            + "to_char(updated_at at time zone 'UTC', " + ISO + "), "
            + "coalesce(masthead ->> 'publication', source ->> 'publication'), source ->> 'fileName' from bulletin ";

    private final Jdbc jdbc;

    public PipelineActivity(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public record Bulletin(String bulletinId, String status, Integer articleCount, String failureReason,
                           String receivedAt, String updatedAt, String publication, String fileName) {
    }

    public record HourCount(String hour, long count) {
    }

    public record Snapshot(List<Bulletin> bulletins, List<Bulletin> deadLetters, List<HourCount> articlesPerHour) {
    }

    public Snapshot snapshot(int limit) {
        return new Snapshot(bulletins(BULLETIN_COLUMNS + "order by updated_at desc limit ?", limit),
                bulletins(BULLETIN_COLUMNS + "where status = 'failed' order by updated_at desc limit ?", limit),
                articlesPerHour());
    }

    private List<Bulletin> bulletins(String sql, int limit) {
        return jdbc.list(sql, r -> new Bulletin(r.getString(1), r.getString(2), r.getObject(3, Integer.class),
                r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8)), limit);
    }

    private List<HourCount> articlesPerHour() {
        Instant since = Instant.now().minus(WINDOW).truncatedTo(ChronoUnit.HOURS);
        return jdbc.list("select to_char(date_trunc('hour', stored_at at time zone 'UTC'), " + ISO + "), count(*) "
                        + "from article where stored_at >= ? group by 1 order by 1",
                r -> new HourCount(r.getString(1), r.getLong(2)), OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
    }
}
