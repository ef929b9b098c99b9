package org.bulletinpipeline.ingest.service;

/** A bulletin Kafka holds: newly accepted now, or already accepted before under the same id. */
public record IngestResult(String bulletinId, boolean duplicate) {
}
