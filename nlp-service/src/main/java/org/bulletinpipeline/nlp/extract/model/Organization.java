package org.bulletinpipeline.nlp.extract.model;

import java.util.List;

public record Organization(String name, int mentions, List<Span> spans) {
}
