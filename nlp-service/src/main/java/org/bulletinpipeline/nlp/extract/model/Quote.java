package org.bulletinpipeline.nlp.extract.model;

public record Quote(String speaker, String text, Span span) {
}
