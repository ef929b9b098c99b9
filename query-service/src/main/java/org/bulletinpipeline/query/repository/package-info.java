/**
 * The tables of query-service: every statement the service runs, and nothing else reaches the database (LayersTest).
 *
 * <p>One style for reading: SQL over JDBC, mapped row by row ({@link org.bulletinpipeline.query.repository.Jdbc},
 * {@link org.bulletinpipeline.query.repository.SearchRepository} on the {@code search} pool). The search and the
 * profiles need text arrays, GIN containment ({@code @>}), {@code unnest}, window functions and {@code pg_stats},
 * which JPQL does not express, and an export needs a server-side cursor.
 *
 * <p>Writes run in the transaction of the consumer that read the event, so they go through the EntityManager:
 * native SQL upserts ({@link org.bulletinpipeline.query.repository.BulletinStore},
 * {@link org.bulletinpipeline.query.repository.DeadLetterRepository}), and
 * {@link org.bulletinpipeline.query.repository.ArticleIndexWriter} on the same connection. The two Panache entities,
 * {@link org.bulletinpipeline.query.repository.ArticleEntity} and
 * {@link org.bulletinpipeline.query.repository.BulletinEntity}, are read by id only; they are what keeps Hibernate
 * ORM's persistence unit, and with it the EntityManager of the writes, in place.
 */
package org.bulletinpipeline.query.repository;
