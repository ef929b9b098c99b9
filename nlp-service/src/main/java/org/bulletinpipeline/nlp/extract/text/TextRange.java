package org.bulletinpipeline.nlp.extract.text;

import java.util.List;

/** A range {@code [start, end)} of the analyzed text, e.g. a book title 《…》 or a unit name other layers skip. */
public record TextRange(int start, int end) {

    public boolean contains(int from, int to) {
        return start <= from && to <= end;
    }

    public static boolean covers(List<TextRange> ranges, int from, int to) {
        for (TextRange r : ranges) {
            if (r.contains(from, to)) {
                return true;
            }
        }
        return false;
    }

    public static boolean overlaps(List<TextRange> ranges, int from, int to) {
        for (TextRange r : ranges) {
            if (from < r.end() && r.start() < to) {
                return true;
            }
        }
        return false;
    }
}
