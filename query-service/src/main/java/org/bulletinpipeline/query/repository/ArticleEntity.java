package org.bulletinpipeline.query.repository;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An article of a bulletin's latest pipeline run; {@code payload} is the ArticleExtracted event as received. */
@Entity
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "bulletin_id")
    public String bulletinId;

    public int ordinal;

    public String kind;

    public String kicker;

    public String title;

    public String subtitle;

    public LocalDate dateline;

    public String publication;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "pipeline_version")
    public String pipelineVersion;

    @Column(name = "processed_at")
    public Instant processedAt;

    @Column(name = "stored_at")
    public Instant storedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;
}
