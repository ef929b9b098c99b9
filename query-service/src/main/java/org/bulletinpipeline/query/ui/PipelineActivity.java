package org.bulletinpipeline.query.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The operator's view of the last day: bulletins by latest change, those that failed with the dead-letter reason,
 * and articles stored per hour. Timestamps leave the database as ISO-8601 UTC text so the JSON is the same whatever
 * the JDBC driver maps timestamptz to.
 */
@ApplicationScoped
public class PipelineActivity {

    static final Duration WINDOW = Duration.ofHours(24);

    private static final String ISO = "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'";
    private static final String BULLETIN_COLUMNS = "select id, status, article_count, failure_reason, "
            + "to_char(received_at at time zone 'UTC', " + ISO + "), "
            + "to_char(updated_at at time zone 'UTC', " + ISO + "), "
            + "coalesce(masthead ->> 'publication', source ->> 'publication'), source ->> 'fileName' from bulletin ";

    private final EntityManager em;

    public PipelineActivity(EntityManager em) {
        this.em = em;
    }

    public record Bulletin(String bulletinId, String status, Integer articleCount, String failureReason,
                           String receivedAt, String updatedAt, String publication, String fileName) {
    }

    public record HourCount(String hour, long count) {
    }

    public record Snapshot(List<Bulletin> bulletins, List<Bulletin> deadLetters, List<HourCount> articlesPerHour) {
    }

    @Transactional
    public Snapshot snapshot(int limit) {
        return new Snapshot(bulletins(BULLETIN_COLUMNS + "order by updated_at desc limit :limit", limit),
                bulletins(BULLETIN_COLUMNS + "where status = 'failed' order by updated_at desc limit :limit", limit),
                articlesPerHour());
    }

    private List<Bulletin> bulletins(String sql, int limit) {
        List<?> rows = em.createNativeQuery(sql).setParameter("limit", limit).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new Bulletin((String) r[0], (String) r[1],
                r[2] == null ? null : ((Number) r[2]).intValue(), (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], (String) r[7])).toList();
    }

    private List<HourCount> articlesPerHour() {
        Instant since = Instant.now().minus(WINDOW).truncatedTo(ChronoUnit.HOURS);
        List<?> rows = em.createNativeQuery("select to_char(date_trunc('hour', stored_at at time zone 'UTC'), "
                        + ISO + "), count(*) from article where stored_at >= :since group by 1 order by 1")
                .setParameter("since", since).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new HourCount((String) r[0], ((Number) r[1]).longValue())).toList();
    }
}
