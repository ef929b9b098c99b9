package org.bulletinpipeline.nlp.extract.model;

public record ExtractedArticle(ArticleLayout layout, ArticleEntities entities) {
}
