package org.bulletinpipeline.query.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import org.bulletinpipeline.query.event.ArticleEvent;
import org.bulletinpipeline.query.event.BulletinEvent;
import org.bulletinpipeline.query.event.DeadLetterEvent;

/**
 * Applies events to the tables with upserts, so that applying an event twice changes nothing and the order in which
 * the three topics are read does not matter. All events of a bulletin share its key, hence its partition, so the
 * articles of a newer pipeline run always arrive after those of the older one; the guards on {@code processed_at}
 * keep a replayed older run from overwriting a newer one.
 */
@ApplicationScoped
public class BulletinStore {

    private final EntityManager em;
    private final ArticleIndexWriter indexWriter;
    private final Event<ArticleStored> stored;

    public BulletinStore(EntityManager em, ArticleIndexWriter indexWriter, Event<ArticleStored> stored) {
        this.em = em;
        this.indexWriter = indexWriter;
        this.stored = stored;
    }

    public void received(BulletinEvent e) {
        em.createNativeQuery("""
                insert into bulletin (id, status, received_at, source, text, updated_at)
                values (:id, 'received', :receivedAt, cast(:source as jsonb), :text, now())
                on conflict (id) do update set
                    received_at = excluded.received_at, source = excluded.source, text = excluded.text,
                    updated_at = now(),
                    -- a bulletin sent again for reprocessing is received anew; a receipt read after the
                    -- bulletin's articles or dead letter (the topics are read independently) does not undo them
                    status = case when bulletin.received_at is not null
                                       and excluded.received_at > bulletin.received_at then 'received'
                                  when bulletin.received_at is null and bulletin.processed_at is not null
                                       and excluded.received_at > bulletin.processed_at then 'received'
                                  else bulletin.status end
                """)
                .setParameter("id", e.bulletinId())
                .setParameter("receivedAt", e.receivedAt())
                .setParameter("source", e.source())
                .setParameter("text", e.text())
                .executeUpdate();
    }

    public void article(ArticleEvent e) {
        ensureBulletin(e.bulletinId());
        int written = em.createNativeQuery("""
                insert into article (id, bulletin_id, ordinal, kind, kicker, title, subtitle, dateline, publication,
                                     published_on, pipeline_version, processed_at, stored_at, payload, sort_date)
                values (:id, :bulletinId, :ordinal, :kind, :kicker, :title, :subtitle, :dateline, :publication,
                        :publishedOn, :version, :processedAt, now(), cast(:payload as jsonb), :sortDate)
                on conflict (bulletin_id, ordinal) do update set
                    id = excluded.id, kind = excluded.kind, kicker = excluded.kicker, title = excluded.title,
                    subtitle = excluded.subtitle, dateline = excluded.dateline, publication = excluded.publication,
                    published_on = excluded.published_on, pipeline_version = excluded.pipeline_version,
                    processed_at = excluded.processed_at, payload = excluded.payload,
                    stored_at = case when article.processed_at = excluded.processed_at then article.stored_at
                                     else now() end
                where article.processed_at <= excluded.processed_at
                """)
                .setParameter("id", e.articleId())
                .setParameter("bulletinId", e.bulletinId())
                .setParameter("ordinal", e.ordinal())
                .setParameter("kind", e.kind())
                .setParameter("kicker", e.kicker())
                .setParameter("title", e.title())
                .setParameter("subtitle", e.subtitle())
                .setParameter("dateline", e.dateline())
                .setParameter("publication", e.publication())
                .setParameter("publishedOn", e.publishedOn())
                .setParameter("version", e.pipelineVersion())
                .setParameter("processedAt", e.processedAt())
                .setParameter("payload", e.payload())
                .setParameter("sortDate", ArticleIndexWriter.sortDate(e))
                .executeUpdate();
        // zero rows: an older run replayed after a newer one, which must not touch the newer run's entities
        if (written > 0) {
            em.unwrap(Session.class).doWork(connection -> indexWriter.write(connection, e));
        }
        // a newer run that yields fewer articles leaves none of the older run's behind
        em.createNativeQuery("""
                delete from article
                where bulletin_id = :bulletinId and ordinal >= :count and processed_at <= :processedAt
                """)
                .setParameter("bulletinId", e.bulletinId())
                .setParameter("count", e.articleCount())
                .setParameter("processedAt", e.processedAt())
                .executeUpdate();
        em.createNativeQuery("""
                update bulletin set
                    masthead = cast(:masthead as jsonb), article_count = :count, pipeline_version = :version,
                    processed_at = :processedAt, updated_at = now(), failure_reason = null,
                    status = case when (select count(*) from article
                                        where bulletin_id = :bulletinId and processed_at = :processedAt) = :count
                                  then 'processed' else bulletin.status end
                where id = :bulletinId and (processed_at is null or processed_at <= :processedAt)
                """)
                .setParameter("bulletinId", e.bulletinId())
                .setParameter("masthead", e.masthead())
                .setParameter("count", e.articleCount())
                .setParameter("version", e.pipelineVersion())
                .setParameter("processedAt", e.processedAt())
                .executeUpdate();
        if (written > 0) {
            stored.fire(new ArticleStored(e.articleId()));
        }
    }

    public void failed(DeadLetterEvent e) {
        ensureBulletin(e.bulletinId());
        em.createNativeQuery("""
                update bulletin set status = 'failed', failure_reason = :reason, updated_at = now()
                where id = :id and (processed_at is null or processed_at < :failedAt)
                """)
                .setParameter("id", e.bulletinId())
                .setParameter("reason", e.reason())
                .setParameter("failedAt", e.failedAt())
                .executeUpdate();
    }

    private void ensureBulletin(String id) {
        em.createNativeQuery("insert into bulletin (id, status, updated_at) values (:id, 'received', now()) "
                + "on conflict (id) do nothing").setParameter("id", id).executeUpdate();
    }
}
