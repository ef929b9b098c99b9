package org.bulletinpipeline.access;

/**
 * The three roles a key can hold. A feed submits bulletins (ingest) and asks for extractions (nlp); a reader reads
 * the archive (query's API, stream and dashboard); an admin reprocesses bulletins and handles dead letters.
 */
public final class Roles {

    public static final String FEED = "feed";
    public static final String READER = "reader";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
