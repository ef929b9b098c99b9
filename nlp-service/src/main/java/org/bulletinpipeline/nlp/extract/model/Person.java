package org.bulletinpipeline.nlp.extract.model;

import java.util.List;

public record Person(String name, List<String> titles, int mentions, List<Span> spans) {
}
