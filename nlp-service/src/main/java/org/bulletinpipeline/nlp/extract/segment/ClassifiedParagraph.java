package org.bulletinpipeline.nlp.extract.segment;

import java.util.List;

import org.bulletinpipeline.nlp.extract.model.Byline;
import org.bulletinpipeline.nlp.extract.normalize.Paragraph;

/** A paragraph with its role and, for credit paragraphs and name lines, the people they credit. */
record ClassifiedParagraph(Paragraph paragraph, ParagraphRole role, List<Byline> credits) {

    ClassifiedParagraph {
        credits = List.copyOf(credits);
    }

    String text() {
        return paragraph.text();
    }

    boolean is(ParagraphRole candidate) {
        return role == candidate;
    }
}
