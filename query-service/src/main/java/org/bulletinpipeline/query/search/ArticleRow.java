package org.bulletinpipeline.query.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An article as the search reads it from its row. */
public record ArticleRow(String id, String bulletinId, int ordinal, String kind, String kicker, String title,
                         String subtitle, LocalDate dateline, String publication, LocalDate publishedOn,
                         LocalDate date, Instant storedAt, String body, String summary, List<String> persons,
                         List<String> organizations, List<String> places, List<String> topics,
                         List<String> keywords, Double score) {
}
