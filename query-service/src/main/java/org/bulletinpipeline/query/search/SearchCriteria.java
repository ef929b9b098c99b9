package org.bulletinpipeline.query.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A validated search: the query words (lower-cased) and the filters, each null when absent. {@code placeKey} is
 * the article place key the place filter resolved to: 'c:411000' takes in everything under that code, 'n:京津冀' a
 * place known only by name. {@code mediaTopic} is the topic code an IPTC Media Topic filter resolved to: a second
 * topic the article must have beside {@code topic}.
 */
public record SearchCriteria(List<String> words, LocalDate from, LocalDate to, String placeKey, String person,
                             String organization, String topic, String kind, String publication, String factType,
                             SearchSort sort, int limit, String cursor, boolean facets, String mediaTopic) {
}
