package org.bulletinpipeline.nlp.extract.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins a word or sentence that a page or column cut split across a blank line: {@code 伴随着雄壮豪迈的国歌声,鲜}
 * + {@code 艳的五星红旗…}, {@code (以} + {@code 下简称《决定》)}, {@code 巩固来之不易} + {@code 的防控成果…}. A cut is
 * recognized by typography only: the text before the blank line is body copy that stops without closing its
 * sentence, and the text after it is body copy again, not a headline, credit, caption or dateline. A headline that
 * follows an unfinished paragraph is not a continuation ({@code …严格做好疫情防控工} then
 * {@code 市人大常委会举行新闻发布会 …}), the paragraph simply runs on elsewhere.
 */
public final class PageCutRepairer {

    /** Body paragraphs are longer than credits ({@code 本报记者 武芳}) and date lines ({@code 1月18日晚}). */
    private static final int MIN_BODY_LINE = 8;
    /** Openings that always start a new paragraph: news-agency formulas, editor's notes, captions, markers. */
    private static final Pattern PARAGRAPH_OPENING = Pattern.compile(
            "^(#|本报讯|本报[^,。]{0,8}讯|本刊讯|新华社|编者按|编者的话|按语|[上下左右]图[:]|图为|图片[:]|[(](上接|接|下转|转))");
    /** A continuation carries punctuation of running text unless it is long ({@code 人,组织处理3人。}). */
    private static final Pattern RUNNING_TEXT = Pattern.compile("[,。、;:!?“”]");

    public List<Paragraph> repair(List<Paragraph> paragraphs) {
        List<Paragraph> repaired = new ArrayList<>(paragraphs.size());
        for (Paragraph next : paragraphs) {
            if (!repaired.isEmpty() && isCut(repaired.getLast(), next)) {
                repaired.add(join(repaired.removeLast(), next));
            } else {
                repaired.add(next);
            }
        }
        return repaired;
    }

    static boolean isCut(Paragraph before, Paragraph after) {
        String tail = before.lastLine().text();
        String head = after.firstLine().text();
        if (tail.length() < MIN_BODY_LINE || Typography.endsSentence(tail) || Typography.isHeadingShaped(tail)
                || before.lines().size() > 1 && allHeadingShaped(before)) {
            return false;
        }
        if (PARAGRAPH_OPENING.matcher(head).find() || Typography.isHeadingShaped(head)) {
            return false;
        }
        return head.length() >= MIN_BODY_LINE || RUNNING_TEXT.matcher(head).find();
    }

    private static boolean allHeadingShaped(Paragraph paragraph) {
        return paragraph.lines().stream().allMatch(line -> Typography.isHeadingShaped(line.text()));
    }

    private static Paragraph join(Paragraph before, Paragraph after) {
        MappedText tail = before.lastLine();
        MappedText head = after.firstLine();
        MappedText joined = needsSpace(tail.text(), head.text())
                ? MappedText.join(List.of(tail, head), " ")
                : tail.concat(head);
        List<MappedText> lines = new ArrayList<>(before.lines().subList(0, before.lines().size() - 1));
        lines.add(joined);
        lines.addAll(after.lines().subList(1, after.lines().size()));
        return new Paragraph(lines);
    }

    /** Latin words cut at a page break keep a space between them ({@code COVID} / {@code test}); Chinese does not. */
    private static boolean needsSpace(String tail, String head) {
        char last = tail.charAt(tail.length() - 1);
        char first = head.charAt(0);
        return isLatinLetter(last) && isLatinLetter(first);
    }

    private static boolean isLatinLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }
}
