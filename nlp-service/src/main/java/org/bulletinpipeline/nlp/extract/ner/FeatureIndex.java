package org.bulletinpipeline.nlp.extract.ner;

import java.util.HashMap;
import java.util.Map;

/**
 * The model's features keyed by numbers instead of strings, for tagging. A feature string of
 * {@link CharacterFeatures} is one or two characters or word tags followed by its template mark ({@code 北7} is
 * "previous character 北" … {@code nsBa} is "word tag nsB"); here each becomes a {@code long} of template, first
 * and second part, so a lookup builds no string. Built once from the model; the ids are the model's own.
 */
final class FeatureIndex {

    static final String TEMPLATES = "1234567890abcd";

    private final long[] keys;
    private final int[] ids;
    private final int mask;
    private final Map<String, Integer> wordTags = new HashMap<>();

    FeatureIndex(Iterable<Map.Entry<String, Integer>> features, int size) {
        int capacity = Integer.highestOneBit(Math.max(16, size * 3)) << 1;
        keys = new long[capacity];
        ids = new int[capacity];
        mask = capacity - 1;
        for (Map.Entry<String, Integer> feature : features) {
            long key = parse(feature.getKey());
            if (key != 0) {
                put(key, feature.getValue());
            }
        }
    }

    /** The id of a word tag ({@code nsB}), or -1 when no feature of the model holds it. */
    int wordTag(String tag) {
        Integer id = wordTags.get(tag);
        return id == null ? -1 : id;
    }

    /** The feature id for template {@code template} (1-based) with parts {@code a} and {@code b}, or -1. */
    int id(int template, int a, int b) {
        if (a < 0 || b < 0) {
            return -1;
        }
        long key = key(template, a, b);
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return ids[slot];
            }
            if (keys[slot] == 0) {
                return -1;
            }
        }
    }

    private static long key(int template, int a, int b) {
        return ((long) template << 48) | ((long) a << 24) | b;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private void put(long key, int id) {
        int slot = slot(key);
        while (keys[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        ids[slot] = id;
    }

    /** The numeric key of a feature string, 0 for a string that is no feature of the templates. */
    private long parse(String feature) {
        int template = TEMPLATES.indexOf(feature.charAt(feature.length() - 1)) + 1;
        String body = feature.substring(0, feature.length() - 1);
        if (template <= 0) {
            return 0;
        }
        if (template <= 5) {
            return body.length() == 1 ? key(template, body.charAt(0), 0) : 0;
        }
        if (template <= 10) {
            return body.length() == 2 ? key(template, body.charAt(0), body.charAt(1)) : 0;
        }
        return switch (template) {
            case 11 -> key(template, intern(body), 0);
            case 12, 13 -> {
                int split = firstTagEnd(body);
                yield split <= 0 || split >= body.length() ? 0
                        : key(template, intern(body.substring(0, split)), intern(body.substring(split)));
            }
            default -> body.length() < 2 ? 0 : key(template, body.charAt(0), intern(body.substring(1)));
        };
    }

    /** Where the first word tag of two ends: after {@code ^}, or after its place letter B, M, E or S. */
    private static int firstTagEnd(String body) {
        if (body.startsWith("^")) {
            return 1;
        }
        for (int i = 0; i < body.length(); i++) {
            if ("BMES".indexOf(body.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private int intern(String tag) {
        return wordTags.computeIfAbsent(tag, k -> wordTags.size());
    }
}
