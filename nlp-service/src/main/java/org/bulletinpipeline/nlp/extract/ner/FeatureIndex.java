package org.bulletinpipeline.nlp.extract.ner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The model's features keyed by numbers instead of strings, for tagging. A feature string of
 * {@link CharacterFeatures} is one or two characters or word tags followed by its template mark ({@code 北7} is
 * "previous character 北" … {@code nsBa} is "word tag nsB"); here each becomes numbers, so a lookup builds no
 * string. Built once from the model; the ids are the model's own.
 * <p>
 * The tables follow what a character's fourteen features have in common. The five single characters (templates
 * 1-5) are a row per character the model knows, the three word-tag features (11-13) arrays over a few hundred
 * word tags. Four templates (6-9) are the same two adjacent characters seen from four places ({@code 李鹏} is
 * "previous two", "previous and own", "own and next", "next two" for the characters around it): one lookup per
 * adjacent pair of the text serves all four. Only the character pair around a character (10) and the character
 * with its word tag (14) are looked up per character.
 */
final class FeatureIndex {

    static final String TEMPLATES = "1234567890abcd";

    /** Templates 1-5, one character each: the characters two before to two after. */
    static final int SINGLE_CHARACTER_TEMPLATES = 5;

    /** Templates 6-9, two adjacent characters: before the previous, previous, own and next character. */
    static final int ADJACENT_PAIR_TEMPLATES = 4;

    private static final int AROUND = 10;
    private static final int WORD = 11;
    private static final int PREVIOUS_AND_WORD = 12;
    private static final int WORD_AND_NEXT = 13;

    private static final int ID_BITS = 27;
    private static final int ID_MASK = (1 << ID_BITS) - 1;

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

    /**
     * Adjacent character pairs, open addressing: a slot holds the pair and its number ({@code (a << 16 | b) << 24 |
     * number + 1}, 0 when empty); the ids of templates 6-9 for pair {@code number} are at {@code number * 4} in
     * {@link #adjacentIds}.
     */
    private final long[] adjacentEntries;
    private final int[] adjacentIds;
    private int adjacentCount;
    /**
     * Templates 10 and 14, open addressing: each slot holds the feature's key and id in one {@code long}
     * ({@code key << ID_BITS | id}), so a lookup reads one place of memory; 0 marks an empty slot.
     */
    private final long[] entries;

    FeatureIndex(Iterable<Map.Entry<String, Integer>> features, int size) {
        long[] parsed = new long[size];
        int[] parsedIds = new int[size];
        int count = 0;
        int rows = 1;
        Set<Integer> adjacent = new HashSet<>();
        int pairs = 0;
        for (Map.Entry<String, Integer> feature : features) {
            long key = parse(feature.getKey());
            if (key == 0) {
                continue;
            }
            int template = template(key);
            if (template <= SINGLE_CHARACTER_TEMPLATES) {
                if (characterRow[first(key)] == 0) {
                    characterRow[first(key)] = (char) rows++;
                }
            } else if (template < AROUND) {
                adjacent.add(first(key) << 16 | second(key));
            } else if (template == AROUND || template > WORD_AND_NEXT) {
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
        adjacentEntries = new long[capacity(adjacent.size())];
        adjacentIds = filled(adjacent.size() * ADJACENT_PAIR_TEMPLATES);
        entries = new long[capacity(pairs)];
        for (int i = 0; i < count; i++) {
            long key = parsed[i];
            int template = template(key);
            int a = first(key);
            int b = second(key);
            int id = parsedIds[i];
            switch (template) {
                case 1, 2, 3, 4, 5 -> singles[characterRow[a] * SINGLE_CHARACTER_TEMPLATES + template - 1] = id;
                case 6, 7, 8, 9 -> adjacentIds[adjacentNumber(a, b, true) * ADJACENT_PAIR_TEMPLATES + template - 6] = id;
                case WORD -> word[a] = id;
                case PREVIOUS_AND_WORD -> previousAndWord[a * tags + b] = id;
                case WORD_AND_NEXT -> wordAndNext[a * tags + b] = id;
                default -> put(key, id);
            }
        }
        wordTags.forEach((tag, id) -> {
            int place = tag.length() < 2 ? -1 : "BMES".indexOf(tag.charAt(tag.length() - 1));
            if (place >= 0) {
                wordTagsByPart.computeIfAbsent(tag.substring(0, tag.length() - 1), k -> filled(4))[place] = id;
            }
        });
    }

    /** A power of two with room for {@code count} keys at most a third full. */
    private static int capacity(int count) {
        return Integer.highestOneBit(Math.max(16, count * 3)) << 1;
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

    /**
     * The number of the adjacent characters {@code a b} for {@link #adjacent}, from 0 to {@link #adjacentPairs},
     * or -1 when the model has no feature of that pair.
     */
    int adjacentPair(char a, char b) {
        return adjacentNumber(a, b, false);
    }

    /** How many adjacent pairs the model has features of. */
    int adjacentPairs() {
        return adjacentIds.length / ADJACENT_PAIR_TEMPLATES;
    }

    /** The feature id of template {@code template} (6-9) for adjacent pair {@code number}, or -1. */
    int adjacent(int template, int number) {
        return number < 0 ? -1 : adjacentIds[number * ADJACENT_PAIR_TEMPLATES + template - 6];
    }

    private int adjacentNumber(int a, int b, boolean add) {
        long pair = (long) a << 16 | b;
        int mask = adjacentEntries.length - 1;
        for (int slot = slot(pair, mask); ; slot = (slot + 1) & mask) {
            long entry = adjacentEntries[slot];
            if (entry >>> 24 == pair) {
                return (int) (entry & 0xFFFFFF) - 1;
            }
            if (entry == 0) {
                if (!add) {
                    return -1;
                }
                int number = adjacentCount++;
                adjacentEntries[slot] = pair << 24 | number + 1;
                return number;
            }
        }
    }

    /** The feature id of template 10 (characters before and after) or 14 (character and word tag id), or -1. */
    int pair(int template, int a, int b) {
        if (a < 0 || b < 0) {
            return -1;
        }
        long key = key(template, a, b);
        int mask = entries.length - 1;
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            long entry = entries[slot];
            if (entry >>> ID_BITS == key) {
                return (int) entry & ID_MASK;
            }
            if (entry == 0) {
                return -1;
            }
        }
    }

    /** How many rows {@link #row} numbers, row 0 included. */
    int rows() {
        return singles.length / SINGLE_CHARACTER_TEMPLATES;
    }

    /**
     * A feature's key: template, first part, second part (a character or a word tag id, each under 2^16); it
     * leaves {@link #ID_BITS} bits of a {@code long} for the id.
     */
    private static long key(int template, int a, int b) {
        return ((long) template << 32) | ((long) a << 16) | b;
    }

    private static int template(long key) {
        return (int) (key >>> 32);
    }

    private static int first(long key) {
        return (int) (key >>> 16) & 0xFFFF;
    }

    private static int second(long key) {
        return (int) key & 0xFFFF;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private void put(long key, int id) {
        if (id < 0 || id > ID_MASK) {
            throw new IllegalArgumentException("feature id " + id + " does not fit the index");
        }
        int mask = entries.length - 1;
        int slot = slot(key, mask);
        while (entries[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        entries[slot] = key << ID_BITS | id;
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
        int id = wordTags.computeIfAbsent(tag, k -> wordTags.size());
        if (id > Character.MAX_VALUE) {
            throw new IllegalArgumentException("more word tags than the index numbers: " + tag);
        }
        return id;
    }
}
