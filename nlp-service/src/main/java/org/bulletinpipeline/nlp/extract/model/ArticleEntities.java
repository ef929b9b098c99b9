package org.bulletinpipeline.nlp.extract.model;

import java.util.List;

/** What the entity layer reads from one article. */
public record ArticleEntities(List<Person> persons, List<Place> places, List<Organization> organizations,
                              List<DateMention> dates, List<Fact> facts, List<Quote> quotes, List<String> keywords,
                              String summary, List<String> topics) {

    public static ArticleEntities none() {
        return new ArticleEntities(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null,
                List.of());
    }
}
