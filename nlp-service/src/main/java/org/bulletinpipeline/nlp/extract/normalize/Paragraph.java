package org.bulletinpipeline.nlp.extract.normalize;

import java.util.List;

import org.bulletinpipeline.nlp.extract.model.Span;

/**
 * A block of the page between blank lines. Most paragraphs are one line; headline blocks, mastheads and credit
 * boxes keep their printed line breaks ({@code 文字整理 石冠兵\n制图 王辉}).
 */
public record Paragraph(List<MappedText> lines) {

    public Paragraph {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a paragraph has at least one line");
        }
    }

    public static Paragraph of(MappedText line) {
        return new Paragraph(List.of(line));
    }

    /** The lines joined with {@code \n}. */
    public String text() {
        return lines.size() == 1 ? lines.getFirst().text() : asText().text();
    }

    public MappedText asText() {
        return lines.size() == 1 ? lines.getFirst() : MappedText.join(lines, "\n");
    }

    public MappedText firstLine() {
        return lines.getFirst();
    }

    public MappedText lastLine() {
        return lines.getLast();
    }

    public Span sourceSpan() {
        return new Span(firstLine().sourceSpan().start(), lastLine().sourceSpan().end());
    }
}
