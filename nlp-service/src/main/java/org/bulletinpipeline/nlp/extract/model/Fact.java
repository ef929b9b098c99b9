package org.bulletinpipeline.nlp.extract.model;

import java.time.LocalDate;

/** One epidemic figure with the sentence it was read from. */
public record Fact(FactType type, String place, LocalDate date, double value, String evidence, Span span) {
}
