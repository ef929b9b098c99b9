package org.bulletinpipeline.nlp.extract.text;

/**
 * A stretch of an article's text proposed as a name, {@code [start, end)}: {@code type} is {@code nr} (person),
 * {@code ns} (place) or {@code nt} (organization). The name tagger proposes most of them and HanLP's dictionary the
 * rest ({@code 古巴/ns}); the recognizers decide, so the type lives here, beside the text they all read.
 */
public record NameCandidate(String type, int start, int end) {
}
