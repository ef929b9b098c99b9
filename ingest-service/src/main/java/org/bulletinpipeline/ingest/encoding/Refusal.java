package org.bulletinpipeline.ingest.encoding;

/** Why bytes or text are not a bulletin: a stable problem type and a sentence for the feed's operator. */
public record Refusal(String type, String detail) {
}
