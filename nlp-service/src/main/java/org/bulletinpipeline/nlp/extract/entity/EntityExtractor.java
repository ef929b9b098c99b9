package org.bulletinpipeline.nlp.extract.entity;

import org.bulletinpipeline.nlp.extract.model.ArticleEntities;
import org.bulletinpipeline.nlp.extract.model.ArticleLayout;
import org.bulletinpipeline.nlp.extract.model.BulletinLayout;

/** Reads persons, places, organizations, dates, facts, quotes, keywords, summary and topics from one article. */
public class EntityExtractor {

    public ArticleEntities extract(ArticleLayout article, BulletinLayout bulletin) {
        return ArticleEntities.none();
    }
}
