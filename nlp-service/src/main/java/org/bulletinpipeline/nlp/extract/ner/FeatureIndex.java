package org.bulletinpipeline.nlp.extract.ner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The model's features keyed by numbers instead of strings, for tagging. A feature string of
 * {@link CharacterFeatures} is one or two characters or word tags followed by its template mark ({@code 北7} is
 * "previous character 北" … {@code nsBa} is "word tag nsB"); here each becomes numbers, so a lookup builds no
 * string. Built once from the model; the ids are the model's own.
 * <p>
 * Eight of a character's fourteen features have small domains and are read from arrays: the five single
 * characters (a table row per character the model knows) and the three word-tag features (a few hundred word
 * tags). Only the pairs with a character ({@code 李鹏7}, {@code 市nsEd}) go through the hash table, which then
 * holds a fraction of the model and stays in the processor's cache longer.
 */
final class FeatureIndex {

    static final String TEMPLATES = "1234567890abcd";

    /** Templates 1-5, one character each: the characters two before to two after. */
    static final int SINGLE_CHARACTER_TEMPLATES = 5;

    private static final int WORD = 11;
    private static final int PREVIOUS_AND_WORD = 12;
    private static final int WORD_AND_NEXT = 13;

    private final Map<String, Integer> wordTags = new HashMap<>();
    /** Word tags by part of speech ({@code ns}): the ids of its word tags ending in B, M, E and S, or -1. */
    private final Map<String, int[]> wordTagsByPart = new HashMap<>();

    /** Row of a character in {@link #singles}; row 0 (no feature) for a character the model never saw. */
    private final char[] characterRow = new char[Character.MAX_VALUE + 1];
    /** Per row, the ids of templates 1-5 for that character, or -1. */
    private final int[] singles;
    /** Template 11 by word tag id, and templates 12 and 13 by pair of word tag ids ({@code a * W + b}). */
    private final int[] word;
    private final int[] previousAndWord;
    private final int[] wordAndNext;

    private final long[] keys;
    private final int[] ids;
    private final int mask;

    FeatureIndex(Iterable<Map.Entry<String, Integer>> features, int size) {
        long[] parsed = new long[size];
        int[] parsedIds = new int[size];
        int count = 0;
        int rows = 1;
        int pairs = 0;
        for (Map.Entry<String, Integer> feature : features) {
            long key = parse(feature.getKey());
            if (key == 0) {
                continue;
            }
            int template = template(key);
            if (template <= SINGLE_CHARACTER_TEMPLATES && characterRow[first(key)] == 0) {
                characterRow[first(key)] = (char) rows++;
            } else if (template > SINGLE_CHARACTER_TEMPLATES && template != WORD && template != PREVIOUS_AND_WORD
                    && template != WORD_AND_NEXT) {
                pairs++;
            }
            parsed[count] = key;
            parsedIds[count++] = feature.getValue();
        }
        int tags = wordTags.size();
        singles = filled(rows * SINGLE_CHARACTER_TEMPLATES);
        word = filled(tags);
        previousAndWord = filled(tags * tags);
        wordAndNext = filled(tags * tags);
        int capacity = Integer.highestOneBit(Math.max(16, pairs * 3)) << 1;
        keys = new long[capacity];
        ids = new int[capacity];
        mask = capacity - 1;
        for (int i = 0; i < count; i++) {
            long key = parsed[i];
            int a = first(key);
            int b = second(key);
            switch (template(key)) {
                case 1, 2, 3, 4, 5 -> singles[characterRow[a] * SINGLE_CHARACTER_TEMPLATES + template(key) - 1] =
                        parsedIds[i];
                case WORD -> word[a] = parsedIds[i];
                case PREVIOUS_AND_WORD -> previousAndWord[a * tags + b] = parsedIds[i];
                case WORD_AND_NEXT -> wordAndNext[a * tags + b] = parsedIds[i];
                default -> put(key, parsedIds[i]);
            }
        }
        wordTags.forEach((tag, id) -> {
            int place = tag.length() < 2 ? -1 : "BMES".indexOf(tag.charAt(tag.length() - 1));
            if (place >= 0) {
                wordTagsByPart.computeIfAbsent(tag.substring(0, tag.length() - 1), k -> filled(4))[place] = id;
            }
        });
    }

    private static int[] filled(int length) {
        int[] out = new int[length];
        Arrays.fill(out, -1);
        return out;
    }

    /** The id of a word tag ({@code nsB}), or -1 when no feature of the model holds it. */
    int wordTag(String tag) {
        Integer id = wordTags.get(tag);
        return id == null ? -1 : id;
    }

    /**
     * The ids of the word tags of part of speech {@code part} ({@code ns}) at the places B, M, E and S of a word
     * ({@code nsB}, {@code nsM}, …), -1 for those no feature holds; null when the model knows none of them.
     */
    int[] wordTagsOf(String part) {
        return wordTagsByPart.get(part);
    }

    /** The row of single-character features of {@code c}, for {@link #single}. */
    int row(char c) {
        return characterRow[c];
    }

    /** The feature id of template {@code template} (1-5) for the character of row {@code row}, or -1. */
    int single(int template, int row) {
        return singles[row * SINGLE_CHARACTER_TEMPLATES + template - 1];
    }

    /**
     * The feature id of a word-tag template (11 one word tag, 12 previous and own, 13 own and next) for word tag
     * ids {@code a} and {@code b} ({@code b} unused for 11), or -1.
     */
    int wordFeature(int template, int a, int b) {
        if (a < 0 || b < 0) {
            return -1;
        }
        return switch (template) {
            case WORD -> word[a];
            case PREVIOUS_AND_WORD -> previousAndWord[a * wordTags.size() + b];
            case WORD_AND_NEXT -> wordAndNext[a * wordTags.size() + b];
            default -> throw new IllegalArgumentException("not a word-tag template: " + template);
        };
    }

    /** The feature id of a pair template (6-10 two characters, 14 character and word tag) with parts a, b, or -1. */
    int pair(int template, int a, int b) {
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

    private static int template(long key) {
        return (int) (key >>> 48);
    }

    private static int first(long key) {
        return (int) (key >>> 24) & 0xFFFFFF;
    }

    private static int second(long key) {
        return (int) key & 0xFFFFFF;
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
