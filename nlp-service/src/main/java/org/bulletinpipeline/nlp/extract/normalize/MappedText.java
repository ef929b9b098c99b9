package org.bulletinpipeline.nlp.extract.normalize;

import java.util.Arrays;
import java.util.List;

import org.bulletinpipeline.nlp.extract.model.OffsetMap;
import org.bulletinpipeline.nlp.extract.model.Span;

/**
 * A string derived from the received text (whitespace collapsed, page cuts joined) that remembers, for every one of
 * its characters, the offset of the received character it came from. Immutable.
 */
public final class MappedText {

    private static final MappedText EMPTY = new MappedText("", new int[0]);

    private final String text;
    private final int[] offsets;

    private MappedText(String text, int[] offsets) {
        this.text = text;
        this.offsets = offsets;
    }

    public static MappedText empty() {
        return EMPTY;
    }

    /** The verbatim slice {@code [start, end)} of the received text. */
    public static MappedText slice(String source, int start, int end) {
        int[] offsets = new int[end - start];
        Arrays.setAll(offsets, i -> start + i);
        return new MappedText(source.substring(start, end), offsets);
    }

    /** A text built character by character; {@code offsets[i]} is the source offset of {@code text.charAt(i)}. */
    static MappedText of(String text, int[] offsets) {
        if (text.length() != offsets.length) {
            throw new IllegalArgumentException("one offset per character expected");
        }
        return new MappedText(text, offsets.clone());
    }

    /** Joins parts with {@code separator}; the separator maps to the position just after the part before it. */
    public static MappedText join(List<MappedText> parts, String separator) {
        StringBuilder text = new StringBuilder();
        int total = parts.stream().mapToInt(MappedText::length).sum() + separator.length() * Math.max(0,
                parts.size() - 1);
        int[] offsets = new int[total];
        int at = 0;
        for (int p = 0; p < parts.size(); p++) {
            MappedText part = parts.get(p);
            if (p > 0) {
                int after = at > 0 ? offsets[at - 1] + 1 : part.isEmpty() ? 0 : part.sourceOffset(0);
                for (int s = 0; s < separator.length(); s++) {
                    offsets[at++] = after;
                }
                text.append(separator);
            }
            System.arraycopy(part.offsets, 0, offsets, at, part.length());
            at += part.length();
            text.append(part.text);
        }
        return new MappedText(text.toString(), offsets);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    public int sourceOffset(int index) {
        return offsets[index];
    }

    public MappedText sub(int start, int end) {
        if (start == 0 && end == text.length()) {
            return this;
        }
        return new MappedText(text.substring(start, end), Arrays.copyOfRange(offsets, start, end));
    }

    public MappedText sub(int start) {
        return sub(start, text.length());
    }

    /** Drops leading and trailing whitespace, ideographic spaces included. */
    public MappedText strip() {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return sub(start, end);
    }

    /** This text followed directly by {@code other}. */
    public MappedText concat(MappedText other) {
        return join(List.of(this, other), "");
    }

    /** The range of received text this derived text covers. */
    public Span sourceSpan() {
        if (offsets.length == 0) {
            return new Span(0, 0);
        }
        return new Span(offsets[0], offsets[offsets.length - 1] + 1);
    }

    public OffsetMap toOffsetMap() {
        return new OffsetMap(offsets);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    @Override
    public String toString() {
        return text;
    }
}
