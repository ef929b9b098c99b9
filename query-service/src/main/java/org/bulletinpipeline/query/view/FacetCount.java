package org.bulletinpipeline.query.view;

/** One facet value and how many of the looked-at matches have it; {@code code} only for places that have one. */
public record FacetCount(String value, String code, long count) {
}
