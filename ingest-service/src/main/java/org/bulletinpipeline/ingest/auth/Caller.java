package org.bulletinpipeline.ingest.auth;

/** Who presented a valid API key: a feed (its name becomes source.feed) or an operator with admin rights. */
public record Caller(String name, boolean admin) {
}
