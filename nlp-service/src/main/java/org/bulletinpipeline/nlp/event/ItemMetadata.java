package org.bulletinpipeline.nlp.event;

import java.time.OffsetDateTime;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * BulletinReceived v2's {@code item}: what a structured document (RSS/Atom, NITF, NewsML-G2, ninjs) said about the
 * story, kept as given. Its headline is the article's title; its byline and published date stand in for what
 * extraction does not find.
 */
// read by an ObjectMapper from Kafka, out of the native build's sight
@RegisterForReflection
public record ItemMetadata(String format, String originalId, String headline, String byline, String dateline,
                           String language, OffsetDateTime publishedAt) {
}
