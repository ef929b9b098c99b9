package org.bulletinpipeline.nlp.extract.segment;

import java.util.List;

import org.bulletinpipeline.nlp.extract.model.ArticleKind;
import org.bulletinpipeline.nlp.extract.model.ArticleLayout;
import org.bulletinpipeline.nlp.extract.model.BulletinLayout;
import org.bulletinpipeline.nlp.extract.model.OffsetMap;
import org.bulletinpipeline.nlp.extract.model.SourceHints;
import org.bulletinpipeline.nlp.extract.model.Span;

/** Reads the raw text of one or more pages into a masthead and articles in reading order. */
public class PageReader {

    public BulletinLayout read(String text, SourceHints hints) {
        String body = text.strip();
        int start = text.indexOf(body);
        ArticleLayout whole = new ArticleLayout(ArticleKind.NEWS, null, null, null, List.of(), null, body, null,
                new Span(start, start + body.length()), OffsetMap.contiguous(start, body.length()));
        return new BulletinLayout(null, hints.publishedOn() == null ? null : hints.publishedOn().getYear(),
                List.of(whole));
    }
}
