package org.bulletinpipeline.nlp.extract.model;

/** Character offsets [start, end) into the text as received. */
public record Span(int start, int end) {
}
