package org.bulletinpipeline.nlp.extract.model;

public record Byline(BylineRole role, String name) {
}
