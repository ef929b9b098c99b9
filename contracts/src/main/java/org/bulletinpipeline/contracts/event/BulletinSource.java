package org.bulletinpipeline.contracts.event;

import java.time.LocalDate;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Where a bulletin came from: the authenticated feed plus what the feed says about the page. */
@RegisterForReflection
public record BulletinSource(String feed, String publication, LocalDate publishedOn, String page, String fileName,
                             String url) {

    /** For text that came without any description (plain-text extraction requests). */
    public static BulletinSource unknown() {
        return new BulletinSource(null, null, null, null, null, null);
    }

    public BulletinSource withFeed(String authenticatedFeed) {
        return new BulletinSource(authenticatedFeed, publication, publishedOn, page, fileName, url);
    }
}
