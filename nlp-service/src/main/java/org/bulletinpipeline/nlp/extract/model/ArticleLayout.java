package org.bulletinpipeline.nlp.extract.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One item of the page as an editor reads it: headline block, credits, dateline and body. {@code credited} is what
 * the credits name besides people, one per line: the wire formula that opened the lead without its reporters
 * ({@code 新华社北京5月7日电}) and a unit credited for the story ({@code (组织部)} → {@code 组织部}); null when
 * there is none. It is not body text, yet it names the agency, the place filed from and the unit.
 * {@code span} points into the received text; {@code bodyOffset} is where {@code body} starts in it,
 * so offsets found inside the body can be mapped back (see {@link ArticleLayout#toSource}).
 */
public record ArticleLayout(ArticleKind kind, String kicker, String title, String subtitle, List<Byline> bylines,
                            String credited, LocalDate dateline, String body, String continuedOn, Span span,
                            OffsetMap bodyOffsets) {

    /** Offset in the received text of a character of {@code body}. */
    public int toSource(int bodyIndex) {
        return bodyOffsets.toSource(bodyIndex);
    }
}
