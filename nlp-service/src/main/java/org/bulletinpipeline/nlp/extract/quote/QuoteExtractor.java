package org.bulletinpipeline.nlp.extract.quote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Direct speech: a quotation followed by a speech verb within one clause ({@code “……”王坤峰说},
 * {@code “……”市委组织部副部长张永强说}) or introduced by one ({@code 他说:“……”}). The speaker is the person
 * named in that clause, or null when the clause names a role only ({@code 市住建局相关负责人表示}).
 */
public final class QuoteExtractor {

    /** A quotation at {@code [start, end)} of the article text (the marks excluded). */
    public record Found(String speaker, String text, int start, int end) {
    }

    private static final Pattern QUOTATION = Pattern.compile("“([^“”]{8,600})”");

    private static final Pattern SPEECH_AFTER = Pattern.compile("^[^。“”\\n]{0,24}?(?:说|表示|介绍|指出|强调|坦言|感慨)");

    private static final Pattern SPEECH_BEFORE = Pattern.compile("(?:说|表示|介绍|指出|强调|坦言|感慨):$");

    public List<Found> extract(String text, Collection<String> persons) {
        List<Found> out = new ArrayList<>();
        Matcher q = QUOTATION.matcher(text);
        while (q.find()) {
            String after = text.substring(q.end(), Math.min(text.length(), q.end() + 30));
            Matcher speech = SPEECH_AFTER.matcher(after);
            String clause = null;
            if (speech.find()) {
                clause = speech.group();
            } else {
                int from = Math.max(0, q.start() - 30);
                String before = text.substring(from, q.start());
                if (SPEECH_BEFORE.matcher(before).find()) {
                    int clauseStart = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf('。'),
                            before.lastIndexOf('\n')));
                    clause = before.substring(clauseStart + 1);
                }
            }
            if (clause == null) {
                continue;
            }
            out.add(new Found(speaker(clause, persons), q.group(1), q.start(1), q.end(1)));
        }
        return out;
    }

    private static String speaker(String clause, Collection<String> persons) {
        String best = null;
        int at = -1;
        for (String person : persons) {
            int i = clause.lastIndexOf(person);
            if (i > at) {
                at = i;
                best = person;
            }
        }
        return best;
    }
}
