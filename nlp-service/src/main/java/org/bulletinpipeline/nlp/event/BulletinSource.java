package org.bulletinpipeline.nlp.event;

import java.time.LocalDate;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Where a bulletin came from, as the pushing feed described it. */
// read by an ObjectMapper from Kafka, out of the native build's sight
@RegisterForReflection
public record BulletinSource(String feed, String publication, LocalDate publishedOn, String page, String fileName,
                             String url) {

    /** For text that came without any description (plain-text extraction requests). */
    public static BulletinSource unknown() {
        return new BulletinSource(null, null, null, null, null, null);
    }
}
