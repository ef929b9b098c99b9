package org.bulletinpipeline.nlp.extract;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Pages no newsroom prints, each of a shape that makes backtracking or per-match rescans super-linear: runs of
 * blanks ({@code [ \t\u3000]+\n} tried every start in the run), of punctuation, a page that is one line, 100,000
 * one-character paragraphs, brackets opened and never closed in between, digits without end, and a figure every few
 * characters with no full stop ({@code 新增确诊病例3例,} repeated: each figure read its sentence back to the start).
 */
public final class HostileInputTestPages {

    public static final List<String> SHAPES = List.of("long blank runs", "long punctuation runs", "one line",
            "tiny paragraphs", "deep brackets", "long digit runs", "figures without stops");

    private HostileInputTestPages() {
    }

    /** A hostile page of about {@code bytes} bytes of UTF-8, by name. */
    public static String page(String shape, int bytes) {
        return switch (shape) {
            case "long blank runs" -> "\u6807\u9898\n\u6b63\u6587" + fill(" \t\u3000", bytes) + "\u7ed3\u675f\u3002";
            case "long punctuation runs" -> "\u6807\u9898\n" + fill("\u3002\uFF0C\u2014\u2026\u201C\uFF01", bytes);
            case "one line" -> fill("\u672c\u62a5\u8baf\u8bb0\u8005\u5f20\u4e09\u674e\u56db\u738b\u4e94", bytes);
            case "tiny paragraphs" -> fill("\u7532\n\n", bytes);
            case "deep brackets" -> fill("(\uFF08\u300A\u201C[", bytes / 2) + fill("]\u201D\u300B\uFF09)", bytes / 2);
            case "long digit runs" -> "\u6807\u9898\n\u7b2c" + fill("1234567890\uFF11\uFF12", bytes) + "\u671f";
            case "figures without stops" -> fill("\u7981\u5dde\u5e02\u65b0\u589e\u786e\u8bca\u75c5\u4f8b3\u4f8b\uFF0C"
                    + "\u6d3e\u51fa\u533b\u7597\u961f5\u540d\uFF0C", bytes);
            default -> throw new IllegalArgumentException(shape);
        };
    }

    /** {@code unit} repeated until the text holds about {@code bytes} bytes of UTF-8. */
    private static String fill(String unit, int bytes) {
        int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
        return unit.repeat(Math.max(1, bytes / unitBytes));
    }
}
