package org.bulletinpipeline.nlp.event;

import java.time.LocalDate;

/** Where a bulletin came from, as the pushing feed described it. */
public record BulletinSource(String feed, String publication, LocalDate publishedOn, String page, String fileName,
                             String url) {

    /** For text that came without any description (plain-text extraction requests). */
    public static BulletinSource unknown() {
        return new BulletinSource(null, null, null, null, null, null);
    }
}
