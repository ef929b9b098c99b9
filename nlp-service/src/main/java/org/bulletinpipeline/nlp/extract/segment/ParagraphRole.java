package org.bulletinpipeline.nlp.extract.segment;

/** What a paragraph is on the page, read from its typography and formulas. */
enum ParagraphRole {
    /** {@code ## 标题}: a heading the bulletin marked as an article title. */
    MARKED_TITLE,
    /** {@code ### 小标题}: a marked in-article sub-heading. */
    MARKED_SUBHEADING,
    /** A line set like a headline: title, kicker, subtitle, column name or in-article sub-heading. */
    HEADING,
    /** A brief column's unit line above a headline ({@code 示范区}, {@code 贾寨镇}). */
    UNIT_LINE,
    /** A date standing alone as an entry heading of a dated list ({@code 1月18日晚}, {@code 时间:5月9日中午}). */
    DATE_LINE,
    /** A bare name line ({@code 方丽红}); a byline when it stands right under a headline. */
    NAME_LINE,
    /** A credit on its own: {@code 本报记者 武芳}, {@code (冯纪宣)}, {@code (组织部)}, {@code 文字整理 石冠兵}. */
    CREDIT,
    /** A jump note on its own: {@code (下转第二版)}. */
    JUMP,
    /** A photo caption: {@code 上图:…王建辉 摄}. */
    CAPTION,
    /** Running text. */
    BODY
}
