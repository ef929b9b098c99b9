package org.bulletinpipeline.query.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A bulletin and what became of it; written by the consumers with upserts, read by the API. */
@Entity
@Table(name = "bulletin")
public class BulletinEntity extends PanacheEntityBase {

    @Id
    public String id;

    public String status;

    @Column(name = "received_at")
    public Instant receivedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public String source;

    public String text;

    @JdbcTypeCode(SqlTypes.JSON)
    public String masthead;

    @Column(name = "article_count")
    public Integer articleCount;

    @Column(name = "pipeline_version")
    public String pipelineVersion;

    @Column(name = "processed_at")
    public Instant processedAt;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
