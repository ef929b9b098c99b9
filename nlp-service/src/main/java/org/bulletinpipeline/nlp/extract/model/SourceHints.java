package org.bulletinpipeline.nlp.extract.model;

import java.time.LocalDate;

/** What the feed told us about the bulletin; used when the page itself prints no masthead. */
public record SourceHints(String publication, LocalDate publishedOn) {

    public static SourceHints none() {
        return new SourceHints(null, null);
    }
}
