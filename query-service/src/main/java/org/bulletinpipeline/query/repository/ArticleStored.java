package org.bulletinpipeline.query.repository;

/** Fired by the store when an article row was written; observed after the transaction commits. */
public record ArticleStored(String articleId) {
}
