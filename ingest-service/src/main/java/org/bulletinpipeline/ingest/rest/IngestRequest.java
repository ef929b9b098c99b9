package org.bulletinpipeline.ingest.rest;

import org.bulletinpipeline.ingest.event.BulletinSource;

/** JSON form of a bulletin: its text and what the feed knows about it. */
public record IngestRequest(String text, BulletinSource source) {
}
