package org.bulletinpipeline.nlp.extract.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Chooses among overlapping candidate names the way a reader does: the longest first, then the leftmost, and a
 * character already taken by a longer name is not given to a shorter one ({@code 许昌市委组织部} is one unit, not
 * {@code 许昌市} plus {@code 市委组织部}). The result is in reading order.
 */
public final class LongestMatches {

    private LongestMatches() {
    }

    public static <T> List<T> select(List<T> candidates, ToIntFunction<T> start, ToIntFunction<T> end) {
        List<T> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((T m) -> end.applyAsInt(m) - start.applyAsInt(m)).reversed()
                .thenComparingInt(start));
        int length = 0;
        for (T m : sorted) {
            length = Math.max(length, end.applyAsInt(m));
        }
        boolean[] taken = new boolean[length];
        List<T> chosen = new ArrayList<>();
        for (T m : sorted) {
            boolean free = true;
            for (int i = start.applyAsInt(m); i < end.applyAsInt(m) && free; i++) {
                free = !taken[i];
            }
            if (free) {
                for (int i = start.applyAsInt(m); i < end.applyAsInt(m); i++) {
                    taken[i] = true;
                }
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt(start));
        return chosen;
    }
}
