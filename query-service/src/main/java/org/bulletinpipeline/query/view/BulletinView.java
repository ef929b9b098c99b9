package org.bulletinpipeline.query.view;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** A bulletin with its status and its articles in the ArticleExtracted shape, in reading order. */
public record BulletinView(String bulletinId, String status, Instant receivedAt, JsonNode source, JsonNode masthead,
                           Integer articleCount, String pipelineVersion, Instant processedAt, String failureReason,
                           List<JsonNode> articles) {
}
