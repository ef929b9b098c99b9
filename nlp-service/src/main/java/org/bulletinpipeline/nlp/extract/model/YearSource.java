package org.bulletinpipeline.nlp.extract.model;

/** The evidence a bulletin's year was read from. */
public enum YearSource {
    /** The issue date printed in the masthead ({@code 2022年5月17日 星期二}). */
    MASTHEAD,
    /** {@code source.publishedOn}, as the feed described the bulletin. */
    PUBLISHED_ON,
    /** A full date in the text itself ({@code 2022年5月15日}). */
    TEXT
}
