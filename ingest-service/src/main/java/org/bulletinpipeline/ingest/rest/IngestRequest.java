package org.bulletinpipeline.ingest.rest;

import org.bulletinpipeline.contracts.event.BulletinSource;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** JSON form of a bulletin: its text and what the feed knows about it. */
// read by an ObjectMapper from NDJSON lines, out of the native build's sight
@RegisterForReflection
public record IngestRequest(String text, BulletinSource source) {
}
