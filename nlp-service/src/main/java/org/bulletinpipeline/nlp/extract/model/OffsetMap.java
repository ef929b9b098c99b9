package org.bulletinpipeline.nlp.extract.model;

import java.util.Arrays;

/**
 * Maps character positions of a derived string (whitespace normalized, page cuts joined) back to the text as
 * received. Stored as one source offset per derived character; the derived strings are article-sized.
 */
public final class OffsetMap {

    private final int[] sourceOffsets;

    public OffsetMap(int[] sourceOffsets) {
        this.sourceOffsets = sourceOffsets.clone();
    }

    /** A map for a string copied verbatim from {@code start} in the source. */
    public static OffsetMap contiguous(int start, int length) {
        int[] offsets = new int[length];
        Arrays.setAll(offsets, i -> start + i);
        return new OffsetMap(offsets);
    }

    public int toSource(int derivedIndex) {
        if (sourceOffsets.length == 0) {
            return 0;
        }
        if (derivedIndex >= sourceOffsets.length) {
            return sourceOffsets[sourceOffsets.length - 1] + 1;
        }
        return sourceOffsets[Math.max(0, derivedIndex)];
    }

    public Span toSource(int derivedStart, int derivedEnd) {
        if (derivedEnd <= derivedStart) {
            int at = toSource(derivedStart);
            return new Span(at, at);
        }
        return new Span(toSource(derivedStart), toSource(derivedEnd - 1) + 1);
    }

    public int length() {
        return sourceOffsets.length;
    }
}
