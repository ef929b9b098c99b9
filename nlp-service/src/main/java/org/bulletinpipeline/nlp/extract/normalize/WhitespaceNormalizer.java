package org.bulletinpipeline.nlp.extract.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits the received text into paragraphs at blank lines, folds compatibility forms ({@link CharacterFold}) and
 * normalizes whitespace inside lines; every character of a line keeps the offset of the received character it came
 * from. Lines end at {@code \n}, {@code \r\n}, a lone {@code \r} and the Unicode line and paragraph separators. Layout dumps indent paragraphs with ideographic spaces ({@code "　　近日,"}), pad
 * masthead lines with trailing blanks ({@code "中共禹州市委主办  "}) and use CRLF; none of that is content. A run of
 * blanks inside a line becomes one ASCII space, because headlines separate their phrases with it
 * ({@code 拨云见日 有序解封 许昌迎来全面胜利曙光}). Dumps without blank lines between paragraphs get one paragraph per
 * line.
 */
public final class WhitespaceNormalizer {

    private static final int MAX_LINES_PER_BLOCK = 4;

    public List<Paragraph> paragraphs(String received) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<MappedText> current = new ArrayList<>();
        int lineStart = 0;
        int length = received.length();
        while (lineStart <= length) {
            int lineEnd = lineEnd(received, lineStart);
            MappedText line = normalizeLine(received, lineStart, lineEnd);
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    paragraphs.add(new Paragraph(current));
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
            lineStart = lineEnd < length && received.charAt(lineEnd) == '\r' && lineEnd + 1 < length
                    && received.charAt(lineEnd + 1) == '\n' ? lineEnd + 2 : lineEnd + 1;
        }
        if (!current.isEmpty()) {
            paragraphs.add(new Paragraph(current));
        }
        return separatesParagraphsByLineBreaks(paragraphs) ? oneLinePerParagraph(paragraphs) : paragraphs;
    }

    private static int lineEnd(String received, int from) {
        for (int i = from; i < received.length(); i++) {
            char c = received.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return received.length();
    }

    /**
     * Some dumps do not leave blank lines between paragraphs at all and end every paragraph with a plain line break.
     * Blank-line dumps keep only small blocks together (a masthead, a credit box, a two-line title), so blocks that
     * average more than {@value #MAX_LINES_PER_BLOCK} lines mean the line break is the paragraph separator.
     */
    private static boolean separatesParagraphsByLineBreaks(List<Paragraph> blocks) {
        int lines = blocks.stream().mapToInt(block -> block.lines().size()).sum();
        return lines > blocks.size() * MAX_LINES_PER_BLOCK;
    }

    private static List<Paragraph> oneLinePerParagraph(List<Paragraph> blocks) {
        return blocks.stream().flatMap(block -> block.lines().stream()).map(Paragraph::of).toList();
    }

    private static MappedText normalizeLine(String received, int start, int end) {
        StringBuilder text = new StringBuilder(end - start);
        int[] offsets = new int[end - start];
        int spaceAt = -1;
        for (int i = start; i < end; i++) {
            char c = CharacterFold.fold(received.charAt(i));
            if (Character.getType(c) == Character.FORMAT) {
                continue;
            }
            if (MappedText.isSpace(c) || Character.isISOControl(c)) {
                if (text.length() > 0 && spaceAt < 0) {
                    spaceAt = i;
                }
                continue;
            }
            if (spaceAt >= 0) {
                offsets[text.length()] = spaceAt;
                text.append(' ');
                spaceAt = -1;
            }
            offsets[text.length()] = i;
            text.append(c);
        }
        return MappedText.of(text.toString(), Arrays.copyOf(offsets, text.length()));
    }
}
