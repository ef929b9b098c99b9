package org.bulletinpipeline.query.view;

import java.util.List;

import org.bulletinpipeline.contracts.mediatopic.MediaTopics;

/**
 * Facet counts over the matches looked at (all of them unless the search says {@code sampled}). {@code mediaTopics}
 * are the topics' counts under their IPTC Media Topic: the value its Chinese label, the code its QCode (what the
 * {@code mediaTopic} filter takes); a Media Topic stands for one topic only, so the counts are the topics'.
 */
public record Facets(List<FacetCount> places, List<FacetCount> persons, List<FacetCount> organizations,
                     List<FacetCount> topics, List<FacetCount> mediaTopics, List<FacetCount> kinds) {

    public static Facets of(List<FacetCount> places, List<FacetCount> persons, List<FacetCount> organizations,
                            List<FacetCount> topics, List<FacetCount> kinds) {
        List<FacetCount> mediaTopics = topics.stream().flatMap(t -> MediaTopics.standard().of(t.value())
                .map(m -> new FacetCount(m.labelZh(), m.qcode(), t.count())).stream()).toList();
        return new Facets(places, persons, organizations, topics, mediaTopics, kinds);
    }
}
