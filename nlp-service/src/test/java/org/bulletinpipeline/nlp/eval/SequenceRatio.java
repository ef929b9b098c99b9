package org.bulletinpipeline.nlp.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code difflib.SequenceMatcher(None, a, b).ratio()} of Python, which the scorer uses to align titles: the same
 * longest-match recursion, tie-breaking and "autojunk" rule for long strings, over code points.
 */
final class SequenceRatio {

    private static final int AUTOJUNK_MIN_LENGTH = 200;

    private SequenceRatio() {
    }

    static double ratio(String left, String right) {
        int[] a = left.codePoints().toArray();
        int[] b = right.codePoints().toArray();
        int total = a.length + b.length;
        if (total == 0) {
            return 1.0;
        }
        return 2.0 * matches(a, b) / total;
    }

    private static int matches(int[] a, int[] b) {
        Map<Integer, List<Integer>> b2j = new HashMap<>();
        for (int j = 0; j < b.length; j++) {
            b2j.computeIfAbsent(b[j], k -> new ArrayList<>()).add(j);
        }
        if (b.length >= AUTOJUNK_MIN_LENGTH) {
            int popular = b.length / 100 + 1;
            b2j.values().removeIf(indices -> indices.size() > popular);
        }
        int matched = 0;
        Deque<int[]> queue = new ArrayDeque<>();
        queue.push(new int[] {0, a.length, 0, b.length});
        while (!queue.isEmpty()) {
            int[] range = queue.pop();
            int alo = range[0];
            int ahi = range[1];
            int blo = range[2];
            int bhi = range[3];
            int[] best = longestMatch(a, b, b2j, alo, ahi, blo, bhi);
            int i = best[0];
            int j = best[1];
            int k = best[2];
            if (k > 0) {
                matched += k;
                if (alo < i && blo < j) {
                    queue.push(new int[] {alo, i, blo, j});
                }
                if (i + k < ahi && j + k < bhi) {
                    queue.push(new int[] {i + k, ahi, j + k, bhi});
                }
            }
        }
        return matched;
    }

    private static int[] longestMatch(int[] a, int[] b, Map<Integer, List<Integer>> b2j, int alo, int ahi, int blo,
                                      int bhi) {
        int besti = alo;
        int bestj = blo;
        int bestsize = 0;
        Map<Integer, Integer> j2len = new HashMap<>();
        for (int i = alo; i < ahi; i++) {
            Map<Integer, Integer> newj2len = new HashMap<>();
            for (int j : b2j.getOrDefault(a[i], List.of())) {
                if (j < blo) {
                    continue;
                }
                if (j >= bhi) {
                    break;
                }
                int k = j2len.getOrDefault(j - 1, 0) + 1;
                newj2len.put(j, k);
                if (k > bestsize) {
                    besti = i - k + 1;
                    bestj = j - k + 1;
                    bestsize = k;
                }
            }
            j2len = newj2len;
        }
        while (besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1]) {
            besti--;
            bestj--;
            bestsize++;
        }
        while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] == b[bestj + bestsize]) {
            bestsize++;
        }
        return new int[] {besti, bestj, bestsize};
    }
}
