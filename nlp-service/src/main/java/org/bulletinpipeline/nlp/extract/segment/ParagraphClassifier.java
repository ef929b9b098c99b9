package org.bulletinpipeline.nlp.extract.segment;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.bulletinpipeline.nlp.extract.byline.BylineParser;
import org.bulletinpipeline.nlp.extract.model.Byline;
import org.bulletinpipeline.nlp.extract.normalize.MappedText;
import org.bulletinpipeline.nlp.extract.normalize.Paragraph;
import org.bulletinpipeline.nlp.extract.normalize.Typography;

/** Gives each paragraph its {@link ParagraphRole}; the checks run from the most specific formula to running text. */
final class ParagraphClassifier {

    /**
     * An entry heading of a dated list: a date alone, maybe labelled or qualified by the part of the day
     * ({@code 1月18日晚}, {@code 时间:5月9日中午}, {@code 截至1月23日}).
     */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(时间[:]\\s*)?(截至|截止|到)?\\s*(\\d{4}年)?([0-9]{1,2}|[一二三四五六七八九十]{1,3})月"
                    + "([0-9]{1,2}|[一二三四五六七八九十]{1,3})[日号]\\s*(凌晨|早上|早晨|上午|中午|午间|下午|傍晚|晚上|晚间|夜间|晚|夜)?"
                    + "(\\s*[0-9]{1,2}[时点:][0-9]{0,2}分?)?$");
    /** Caption openings: {@code 上图:}, {@code 左图:}, {@code 图为…}, {@code 图片:}, and the caption triangle {@code ▲}. */
    private static final Pattern CAPTION_OPENING = Pattern.compile("^([上下左右中]图|图片|照片)[:]|^图为|^[▲△]");
    /**
     * Brief columns print the reporting unit above each headline: a place or body name of two to eight characters
     * ending in an administrative or organisational suffix ({@code 示范区}, {@code 贾寨镇}, {@code 市人社局}).
     */
    private static final Pattern UNIT_LINE = Pattern.compile(
            "^\\p{IsHan}{1,7}(区|县|市|镇|乡|街道|办事处|村|社区|局|委|办|院|所|中心|公司|集团|学校|医院|站|队|部|厅)$");
    private static final int MAX_HEADLINE_LINES = 3;
    /** Four names of up to four characters with blanks between them, or a unit and a name. */
    private static final int MAX_NAME_LINE = 24;

    private final BylineParser bylineParser;

    ParagraphClassifier(BylineParser bylineParser) {
        this.bylineParser = bylineParser;
    }

    ClassifiedParagraph classify(Paragraph paragraph) {
        String text = paragraph.text();
        String first = paragraph.firstLine().text();
        int marker = Typography.headingMarkerLevel(first);
        if (marker > 0 && paragraph.lines().size() == 1) {
            return of(paragraph, marker >= 3 ? ParagraphRole.MARKED_SUBHEADING : ParagraphRole.MARKED_TITLE);
        }
        boolean singleLine = paragraph.lines().size() == 1;
        if (singleLine && Typography.endsWithJumpNote(text) && Typography.withoutJumpNote(text).isBlank()) {
            return of(paragraph, ParagraphRole.JUMP);
        }
        if (singleLine && DATE_LINE.matcher(text).matches()) {
            return of(paragraph, ParagraphRole.DATE_LINE);
        }
        Optional<List<Byline>> credit = bylineParser.creditParagraph(text);
        if (credit.isPresent()) {
            return new ClassifiedParagraph(paragraph, ParagraphRole.CREDIT, credit.get());
        }
        List<Byline> photographers = bylineParser.photoCredit(text);
        // every alternative of the opening is anchored at the start: looking there alone finds what find() would
        if (!photographers.isEmpty() || CAPTION_OPENING.matcher(text).lookingAt()) {
            return new ClassifiedParagraph(paragraph, ParagraphRole.CAPTION, photographers);
        }
        if (singleLine && isUnitLine(text)) {
            return of(paragraph, ParagraphRole.UNIT_LINE);
        }
        if (singleLine && text.length() <= MAX_NAME_LINE) {
            List<Byline> names = bylineParser.bareNameLine(text);
            if (!names.isEmpty()) {
                return new ClassifiedParagraph(paragraph, ParagraphRole.NAME_LINE, names);
            }
        }
        if (paragraph.lines().size() <= MAX_HEADLINE_LINES && isHeadlineBlock(paragraph)) {
            return of(paragraph, ParagraphRole.HEADING);
        }
        return of(paragraph, ParagraphRole.BODY);
    }

    /** Headline lines, possibly under a brief column's unit line printed on the line above ({@code 示范区}). */
    private static boolean isHeadlineBlock(Paragraph paragraph) {
        List<MappedText> lines = paragraph.lines();
        int first = lines.size() > 1 && isUnitLine(lines.getFirst().text()) ? 1 : 0;
        for (int i = first; i < lines.size(); i++) {
            if (!Typography.isHeadingShaped(lines.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    static boolean isUnitLine(String line) {
        return UNIT_LINE.matcher(line).matches();
    }

    private static ClassifiedParagraph of(Paragraph paragraph, ParagraphRole role) {
        return new ClassifiedParagraph(paragraph, role, List.of());
    }
}
