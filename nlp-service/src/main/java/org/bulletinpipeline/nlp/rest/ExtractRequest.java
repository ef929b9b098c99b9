package org.bulletinpipeline.nlp.rest;

import org.bulletinpipeline.contracts.event.BulletinSource;

/** The JSON body ingest-service also accepts: the text and what the feed knows about it. */
public record ExtractRequest(String text, BulletinSource source) {
}
