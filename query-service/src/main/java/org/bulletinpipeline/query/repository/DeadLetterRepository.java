package org.bulletinpipeline.query.repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.bulletinpipeline.query.event.DeadLetterEvent;
import org.bulletinpipeline.query.view.DeadLetterViews.DeadLetterDetail;
import org.bulletinpipeline.query.view.DeadLetterViews.DeadLetterFilter;
import org.bulletinpipeline.query.view.DeadLetterViews.DeadLetterSummary;

/**
 * The {@code dead_letter} table. Letters are written in the consumer's transaction (through the EntityManager, which
 * joins it) and keyed by where they were read on the dead-letter topic, so a replayed letter changes nothing.
 */
@ApplicationScoped
public class DeadLetterRepository {

    /** Where a letter was read: its topic, partition, offset and record timestamp, and its record key. */
    public record DlqRecord(String topic, int partition, long offset, Instant timestamp, String key) {
    }

    private static final String SUMMARY_COLUMNS = """
            select id, bulletin_id, record_key, service, source_topic, reason, failed_at, received_at, retry_count,
                   last_retried_at
            from dead_letter""";

    private final EntityManager em;
    private final Jdbc jdbc;

    public DeadLetterRepository(EntityManager em, Jdbc jdbc) {
        this.em = em;
        this.jdbc = jdbc;
    }

    /** Stores a readable letter once; true when it was new. */
    public boolean store(DlqRecord at, DeadLetterEvent letter) {
        return insert(at, letter.bulletinId(), letter.service(), letter.sourceTopic(), letter.sourcePartition(),
                letter.sourceOffset(), letter.reason(), letter.failedAt(), letter.payload());
    }

    /** Stores a letter that is not a readable dead letter once, with its raw value as the payload; true when new. */
    public boolean storeUnreadable(DlqRecord at, String reason, String rawValue) {
        return insert(at, null, null, null, null, null, reason, null, rawValue);
    }

    private boolean insert(DlqRecord at, String bulletinId, String service, String sourceTopic,
                           Integer sourcePartition, Long sourceOffset, String reason, Instant failedAt,
                           String payload) {
        return em.createNativeQuery("""
                insert into dead_letter (dlq_topic, dlq_partition, dlq_offset, dlq_timestamp, record_key, bulletin_id,
                                         service, source_topic, source_partition, source_offset, reason, failed_at,
                                         payload)
                values (:dlqTopic, :dlqPartition, :dlqOffset, :dlqTimestamp, :key, :bulletinId, :service,
                        :sourceTopic, :sourcePartition, :sourceOffset, :reason, :failedAt, :payload)
                on conflict on constraint dead_letter_address do nothing
                """)
                .setParameter("dlqTopic", at.topic())
                .setParameter("dlqPartition", at.partition())
                .setParameter("dlqOffset", at.offset())
                .setParameter("dlqTimestamp", at.timestamp())
                .setParameter("key", at.key())
                .setParameter("bulletinId", bulletinId)
                .setParameter("service", service)
                .setParameter("sourceTopic", sourceTopic)
                .setParameter("sourcePartition", sourcePartition)
                .setParameter("sourceOffset", sourceOffset)
                .setParameter("reason", reason)
                .setParameter("failedAt", failedAt)
                .setParameter("payload", payload)
                .executeUpdate() > 0;
    }

    /** Letters matching every given filter with an id below {@code before} (if given), newest first. */
    public List<DeadLetterSummary> list(DeadLetterFilter filter, Long before, int limit) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        condition(conditions, params, "service = ?", filter.service());
        condition(conditions, params, "source_topic = ?", filter.sourceTopic());
        condition(conditions, params, "bulletin_id = ?", filter.bulletinId());
        condition(conditions, params, "record_key = ?", filter.key());
        condition(conditions, params, "id < ?", before);
        params.add(limit);
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return jdbc.list(SUMMARY_COLUMNS + where + " order by id desc limit ?", DeadLetterRepository::summary,
                params.toArray());
    }

    public Optional<DeadLetterDetail> find(long id) {
        return jdbc.first("select * from dead_letter where id = ?", rs -> new DeadLetterDetail(rs.getLong("id"),
                rs.getString("bulletin_id"), rs.getString("record_key"), rs.getString("service"),
                rs.getString("source_topic"), (Integer) rs.getObject("source_partition"),
                (Long) rs.getObject("source_offset"), rs.getString("reason"), instant(rs, "failed_at"),
                instant(rs, "received_at"), rs.getInt("retry_count"), instant(rs, "last_retried_at"),
                rs.getString("dlq_topic"), rs.getInt("dlq_partition"), rs.getLong("dlq_offset"),
                rs.getString("payload")), id);
    }

    /** Counts a retry the broker acknowledged; the letter's retry count afterwards, empty if it is gone. */
    @Transactional
    public Optional<Integer> markRetried(long id, Instant retriedAt) {
        List<?> counts = em.createNativeQuery("""
                update dead_letter set retry_count = retry_count + 1, last_retried_at = :retriedAt
                where id = :id returning retry_count
                """)
                .setParameter("id", id)
                .setParameter("retriedAt", retriedAt)
                .getResultList();
        return counts.stream().findFirst().map(count -> ((Number) count).intValue());
    }

    private static void condition(List<String> conditions, List<Object> params, String sql, Object value) {
        if (value != null) {
            conditions.add(sql);
            params.add(value);
        }
    }

    private static DeadLetterSummary summary(ResultSet rs) throws SQLException {
        return new DeadLetterSummary(rs.getLong("id"), rs.getString("bulletin_id"), rs.getString("record_key"),
                rs.getString("service"), rs.getString("source_topic"), rs.getString("reason"),
                instant(rs, "failed_at"), instant(rs, "received_at"), rs.getInt("retry_count"),
                instant(rs, "last_retried_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
