package org.bulletinpipeline.nlp.extract.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One item of the page as an editor reads it: headline block, credits, dateline and body. {@code dispatch} is the
 * wire formula that opened the lead without its credits ({@code 新华社北京5月7日电}), null when none did: it is
 * not body text, yet it names the agency and the place the story was filed from.
 * {@code span} points into the received text; {@code bodyOffset} is where {@code body} starts in it,
 * so offsets found inside the body can be mapped back (see {@link ArticleLayout#toSource}).
 */
public record ArticleLayout(ArticleKind kind, String kicker, String title, String subtitle, List<Byline> bylines,
                            String dispatch, LocalDate dateline, String body, String continuedOn, Span span, OffsetMap bodyOffsets) {

    /** Offset in the received text of a character of {@code body}. */
    public int toSource(int bodyIndex) {
        return bodyOffsets.toSource(bodyIndex);
    }
}
