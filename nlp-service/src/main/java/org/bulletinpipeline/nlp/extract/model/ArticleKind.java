package org.bulletinpipeline.nlp.extract.model;

/** The kinds of item a reader sees on a page (GOLD_GUIDE: news, feature, timeline, photo, notice). */
public enum ArticleKind {
    NEWS, FEATURE, TIMELINE, PHOTO, NOTICE
}
