package org.bulletinpipeline.ingest.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The bulletin text of a story: its headline, a blank line, then one paragraph a line, as a page's text reads, so
 * that the extraction core sees a title and a body whatever the format. Paragraph text comes from XML or HTML that
 * was indented for people: a line break between two Han characters is layout, not a space
 * ({@code <p>本报讯\n      记者张三报道</p>} is "本报讯记者张三报道"), elsewhere white space becomes one space.
 */
public final class StoryText {

    /** Han characters and the full-width punctuation set between them. */
    private static final String CJK = "[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]";
    private static final Pattern BREAK_BETWEEN_HAN = Pattern.compile("(?<=" + CJK + ")[ \\t]*\\n\\s*(?=" + CJK + ")");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private StoryText() {
    }

    /** Headline, blank line, paragraphs; a first paragraph that only repeats the headline is dropped. */
    public static String compose(String headline, List<String> paragraphs) {
        List<String> body = new ArrayList<>(paragraphs);
        String title = clean(headline);
        if (!title.isEmpty() && !body.isEmpty() && body.getFirst().equals(title)) {
            body.removeFirst();
        }
        String joined = String.join("\n", body);
        return title.isEmpty() ? joined : body.isEmpty() ? title : title + "\n\n" + joined;
    }

    /** One paragraph's text, its layout white space removed; empty for null. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String joined = BREAK_BETWEEN_HAN.matcher(text.replace("\r", "")).replaceAll("");
        return SPACES.matcher(joined).replaceAll(" ").strip();
    }

    /** The paragraphs of an HTML fragment (a feed's content:encoded, a ninjs html body); plain text passes through. */
    public static List<String> htmlParagraphs(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        Element body = Jsoup.parseBodyFragment(html).body();
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    line.append(text.getWholeText());
                } else if (node instanceof Element element && (element.isBlock() || element.nameIs("br"))) {
                    flush(line, lines);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    flush(line, lines);
                }
            }
        });
        flush(line, lines);
        return lines;
    }

    /** Paragraphs of plain text: one a line, blank lines dropped. */
    public static List<String> textParagraphs(String text) {
        List<String> lines = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                String cleaned = clean(line);
                if (!cleaned.isEmpty()) {
                    lines.add(cleaned);
                }
            }
        }
        return lines;
    }

    private static void flush(StringBuilder line, List<String> lines) {
        String cleaned = clean(line.toString());
        if (!cleaned.isEmpty()) {
            lines.add(cleaned);
        }
        line.setLength(0);
    }
}
