package org.bulletinpipeline.nlp.extract.model;

import java.util.List;

/**
 * The page read like an editor: its masthead, the year bare dates refer to and the evidence it came from (both null
 * when the page and its feed give none), and its items in reading order.
 */
public record BulletinLayout(Masthead masthead, Integer year, YearSource yearSource, List<ArticleLayout> articles) {

    /** A layout whose year is given rather than read ({@code yearSource} null). */
    public BulletinLayout(Masthead masthead, Integer year, List<ArticleLayout> articles) {
        this(masthead, year, null, articles);
    }
}
