package org.bulletinpipeline.ingest.format;

import java.time.OffsetDateTime;

/**
 * One story read from a document: its text (headline, blank line, paragraphs) and what the document says about it.
 * Any field but {@code text} may be null.
 */
public record FormatItem(String text, String originalId, String headline, String byline, String dateline,
                         String publication, OffsetDateTime publishedAt, String url, String language) {
}
