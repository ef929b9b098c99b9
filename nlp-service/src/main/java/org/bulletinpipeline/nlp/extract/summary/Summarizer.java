package org.bulletinpipeline.nlp.extract.summary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lead summary: news writing puts who, what, when and where in the first sentences, so the summary is the
 * body's first one to three sentences up to about 160 characters, without the credit opening a report
 * ({@code 本报讯(记者 高伟山)}).
 */
public final class Summarizer {

    private static final Pattern CREDIT = Pattern.compile("^\\s*本报讯\\s*\\([^)]{0,30}\\)");

    private static final Pattern SENTENCE = Pattern.compile("[^。!?\\n]+[。!?]?");

    private static final int MAX_LENGTH = 160;

    public String summarize(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        String text = CREDIT.matcher(body).replaceFirst("");
        StringBuilder out = new StringBuilder();
        Matcher m = SENTENCE.matcher(text);
        int sentences = 0;
        while (m.find() && sentences < 3) {
            String sentence = m.group().strip();
            if (sentence.length() < 8) {
                continue;
            }
            if (out.length() > 0 && out.length() + sentence.length() > MAX_LENGTH) {
                break;
            }
            out.append(sentence);
            sentences++;
        }
        return out.isEmpty() ? null : out.toString();
    }
}
