package org.bulletinpipeline.nlp.extract.model;

import java.time.LocalDate;

/**
 * One epidemic figure with the sentence it was read from. For an administrative division {@code place} is its
 * official name and {@code placeCode} its GB/T 2260 code (许昌 → 许昌市, 411000); else the place as printed.
 * {@code placeText} is the place as printed, null where none is ({@code 我省} stands for the publisher's province).
 */
public record Fact(FactType type, String place, LocalDate date, double value, String evidence, Span span,
                   String placeCode, String placeText) {
}
