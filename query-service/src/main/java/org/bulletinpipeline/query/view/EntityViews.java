package org.bulletinpipeline.query.view;

import java.time.LocalDate;
import java.util.List;

/** The shapes of the entity endpoints. */
public final class EntityViews {

    private EntityViews() {
    }

    /** A name (with its code for places) and in how many articles it appears. */
    public record NamedCount(String name, String code, long articles) {
    }

    /** An article an entity appears in, newest first. */
    public record ArticleRef(String articleId, String bulletinId, String kind, String title, LocalDate date,
                             String publication) {
    }

    public record PersonSummary(String name, List<String> titles, long articleCount, long mentionCount) {
    }

    /** A title as printed next to the name, and the first and last article date it was seen with. */
    public record TitleSpan(String title, LocalDate firstSeen, LocalDate lastSeen, long articles) {
    }

    public record PersonProfile(String name, long articleCount, long mentionCount, List<TitleSpan> titles,
                                List<ArticleRef> articles, List<NamedCount> persons, List<NamedCount> places,
                                List<NamedCount> organizations) {
    }

    public record OrganizationSummary(String name, long articleCount, long mentionCount) {
    }

    public record OrganizationProfile(String name, long articleCount, long mentionCount, List<ArticleRef> articles,
                                      List<NamedCount> persons, List<NamedCount> places,
                                      List<NamedCount> organizations) {
    }

    public record PlaceSummary(String name, String code, String level, long articleCount, long mentionCount) {
    }

    /** A division in the hierarchy; {@code name} is null when no event named it yet. */
    public record PlaceRef(String code, String name, String level) {
    }

    /** A child division with the articles about it or anything under it. */
    public record PlaceChild(String code, String name, String level, long articles) {
    }

    /**
     * A place: its own article count and the rollup (articles about it or any place under it), its parents up to the
     * province, its children seen in articles, and what is mentioned with it.
     */
    public record PlaceProfile(String name, String code, String level, long articleCount, long rollupArticleCount,
                               List<PlaceRef> ancestors, List<PlaceChild> children, List<ArticleRef> articles,
                               List<NamedCount> persons, List<NamedCount> organizations, List<NamedCount> places) {
    }
}
