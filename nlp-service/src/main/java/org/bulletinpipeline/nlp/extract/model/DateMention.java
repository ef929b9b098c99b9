package org.bulletinpipeline.nlp.extract.model;

import java.time.LocalDate;

/** A date expression as written ({@code 5月9日中午}) and the day it resolves to. */
public record DateMention(String text, LocalDate date, Span span) {
}
