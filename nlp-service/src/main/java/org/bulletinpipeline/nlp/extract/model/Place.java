package org.bulletinpipeline.nlp.extract.model;

import java.util.List;

/**
 * A place as written; {@code code} is its GB/T 2260 code when it is an administrative division, and
 * {@code canonicalName} the division's official full name (许昌 → 许昌市), null without a code.
 */
public record Place(String name, PlaceLevel level, String code, int mentions, List<Span> spans, String canonicalName) {
}
