package org.bulletinpipeline.query.service;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** One page of articles, newest first; {@code nextCursor} is null on the last page. */
public record ArticlePage(List<JsonNode> items, String nextCursor) {
}
