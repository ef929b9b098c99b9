package org.bulletinpipeline.nlp.extract.model;

import java.util.List;

/** A place as written; {@code code} is its GB/T 2260 code when it is an administrative division. */
public record Place(String name, PlaceLevel level, String code, int mentions, List<Span> spans) {
}
