package org.bulletinpipeline.ingest.format;

import java.util.List;

/**
 * What a format read from one request body or file: its stories, and whether the document is a collection (a feed,
 * a NewsML-G2 package or news message, a ninjs array), whose answer lists each item, or a single story, answered
 * like a text bulletin.
 */
public record NewsDocument(String format, boolean collection, List<FormatItem> items) {
}
