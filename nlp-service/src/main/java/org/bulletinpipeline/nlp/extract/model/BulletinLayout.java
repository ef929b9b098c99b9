package org.bulletinpipeline.nlp.extract.model;

import java.util.List;

/** The page read like an editor: its masthead, the year bare dates refer to, and its items in reading order. */
public record BulletinLayout(Masthead masthead, Integer year, List<ArticleLayout> articles) {
}
