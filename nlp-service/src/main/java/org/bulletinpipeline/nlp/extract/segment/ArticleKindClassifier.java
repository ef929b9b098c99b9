package org.bulletinpipeline.nlp.extract.segment;

import java.util.regex.Pattern;

import org.bulletinpipeline.nlp.extract.model.ArticleKind;

/**
 * The kind of an item from the conventions that mark it on the page:
 * <ul>
 * <li>{@code photo}: a caption standing alone;</li>
 * <li>{@code timeline}: a dated list, i.e. the body opens with a date entry and has several
 * ({@code 1月18日} / {@code 1月22日}, {@code 时间:5月9日中午} / {@code 时间:5月9日晚});</li>
 * <li>{@code notice}: an editor's note ({@code 编者按:}), an official notice by its title ({@code …通告}), or an item
 * of a brief column (headed by a unit line such as {@code 示范区});</li>
 * <li>{@code feature}: a signed piece (a bare author name under the title, or a commentary's {@code 本报评论员}), a
 * part of a series ({@code 许昌战疫周报(三)}, {@code ——二论…}), or a piece structured by sub-headings unless a
 * reporter files it ({@code 本报讯(记者 …)} reports stay news even with numbered sections);</li>
 * <li>{@code news}: everything else, the report with its dateline and 本报讯 byline.</li>
 * </ul>
 */
final class ArticleKindClassifier {

    private static final Pattern EDITORS_NOTE = Pattern.compile("^(编者按|编者的话|编前语|编后语|按语|开栏的话)[:]");
    private static final Pattern NOTICE_TITLE = Pattern.compile("(通知|通告|公告|启事|声明|倡议书|公示|告知书|致.{1,12}的一封信)$");
    private static final Pattern SERIES_KICKER = Pattern.compile(
            "([(][一二三四五六七八九十0-9]+[)]|之[一二三四五六七八九十]+|系列.*|周报|周记|述评|综述|手记|随笔|评论)$");
    /** A numbered commentary or series part named in the subtitle: {@code ——二论学习贯彻…}, {@code ——系列评论之三}. */
    private static final Pattern SERIES_SUBTITLE = Pattern.compile("^(——|—)?[一二三四五六七八九十]+论|系列|之[一二三四五六七八九十]+$|纪实$|侧记$|手记$");
    /** Two sub-headings are the least that structures a piece; one short line may be a stray label. */
    private static final int MIN_SUBHEADINGS = 2;
    private static final int MIN_DATE_ENTRIES = 2;

    /** What the assembler observed about an item. */
    record Signs(boolean photo, boolean opensWithDateEntry, long dateEntries, boolean editorsNote, boolean briefUnit,
                 boolean signed, boolean reported, long subheadings, String kicker, String title,
                 String subtitle) {
    }

    /** Whether a paragraph opens with an editor's note: {@code 编者按:}, {@code 编者的话:}, {@code 开栏的话:}. */
    static boolean opensWithEditorsNote(String paragraph) {
        return EDITORS_NOTE.matcher(paragraph).find();
    }

    ArticleKind classify(Signs signs) {
        if (signs.photo()) {
            return ArticleKind.PHOTO;
        }
        if (signs.opensWithDateEntry() && signs.dateEntries() >= MIN_DATE_ENTRIES) {
            return ArticleKind.TIMELINE;
        }
        if (signs.editorsNote() || signs.briefUnit()
                || signs.title() != null && NOTICE_TITLE.matcher(signs.title()).find()) {
            return ArticleKind.NOTICE;
        }
        if (signs.signed() || signs.kicker() != null && SERIES_KICKER.matcher(signs.kicker()).find()
                || signs.subtitle() != null && SERIES_SUBTITLE.matcher(signs.subtitle()).find()) {
            return ArticleKind.FEATURE;
        }
        if (!signs.reported() && signs.subheadings() >= MIN_SUBHEADINGS) {
            return ArticleKind.FEATURE;
        }
        return ArticleKind.NEWS;
    }
}
