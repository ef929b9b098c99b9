package org.bulletinpipeline.ingest.format;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.bulletinpipeline.ingest.refusal.InvalidBulletinException;

/**
 * IPTC ninjs 2.x JSON (and the 1.x names where 2.x has none): one object is one story, an array a collection.
 * {@code uri} is the item id; the {@code headlines} entry with role "main" (else the first) the title; a plain-text
 * body is preferred to an HTML one; {@code by}, {@code located}, {@code language}, {@code firstcreated} (else
 * {@code versioncreated}) and the first info source (else the copyright holder) as publication are kept.
 */
public final class NinjsFormat implements NewsFormat {

    public static final String MEDIA_TYPE = "application/ninjs+json";
    private static final JsonMapper JSON = new JsonMapper();

    private final ZoneId zone;

    public NinjsFormat(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public String name() {
        return "ninjs";
    }

    @Override
    public List<String> mediaTypes() {
        return List.of(MEDIA_TYPE, "application/vnd.iptc.ninjs+json");
    }

    @Override
    public List<String> extensions() {
        return List.of("ninjs");
    }

    @Override
    public boolean recognizes(Sniffed document) {
        return document.jsonKeys().contains("uri") && (document.jsonKeys().contains("headlines")
                || document.jsonKeys().contains("bodies") || document.jsonKeys().contains("headline")
                || document.jsonKeys().contains("body_text") || document.jsonKeys().contains("body_html"));
    }

    @Override
    public NewsDocument read(byte[] document) {
        JsonNode root;
        try {
            root = JSON.readTree(document);
        } catch (JacksonException e) {
            throw new InvalidBulletinException(400, "malformed-json", "The document is not JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidBulletinException(400, "malformed-json", "The document is not JSON: " + e.getMessage());
        }
        if (root != null && root.isObject()) {
            return new NewsDocument(name(), false, List.of(item(root)));
        }
        if (root != null && root.isArray()) {
            List<FormatItem> items = new ArrayList<>();
            for (JsonNode node : root) {
                if (!node.isObject()) {
                    throw new InvalidBulletinException(400, "malformed-json",
                            "A ninjs array holds ninjs objects; item " + items.size() + " is not one.");
                }
                items.add(item(node));
            }
            return new NewsDocument(name(), true, items);
        }
        throw new InvalidBulletinException(400, "malformed-json", "A ninjs document is an object or an array.");
    }

    private FormatItem item(JsonNode ninjs) {
        String headline = headline(ninjs);
        OffsetDateTime published = Dom.dateTime(text(ninjs, "firstcreated"), zone);
        if (published == null) {
            published = Dom.dateTime(text(ninjs, "versioncreated"), zone);
        }
        String uri = text(ninjs, "uri");
        return new FormatItem(StoryText.compose(headline, body(ninjs)), uri, headline,
                first(text(ninjs, "by"), text(ninjs, "byline")), text(ninjs, "located"), publication(ninjs),
                published, uri != null && uri.startsWith("http") ? uri : null, text(ninjs, "language"));
    }

    private static String headline(JsonNode ninjs) {
        JsonNode headlines = ninjs.path("headlines");
        String first = null;
        for (JsonNode headline : headlines) {
            String value = StoryText.clean(headline.path("value").asText(""));
            if ("main".equals(headline.path("role").asText()) && !value.isEmpty()) {
                return value;
            }
            first = first == null && !value.isEmpty() ? value : first;
        }
        return first != null ? first : first(text(ninjs, "headline"), text(ninjs, "title"));
    }

    private static List<String> body(JsonNode ninjs) {
        String html = null;
        for (JsonNode body : ninjs.path("bodies")) {
            String value = body.path("value").asText("");
            String type = body.path("contenttype").asText("");
            if (value.isBlank()) {
                continue;
            }
            if (type.startsWith("text/plain")) {
                return StoryText.textParagraphs(value);
            }
            html = html == null ? value : html;
        }
        if (html != null) {
            return StoryText.htmlParagraphs(html);
        }
        String text = text(ninjs, "body_text");
        return text != null ? StoryText.textParagraphs(text) : StoryText.htmlParagraphs(text(ninjs, "body_html"));
    }

    private static String publication(JsonNode ninjs) {
        for (JsonNode source : ninjs.path("infosources")) {
            String name = source.path("name").asText("").strip();
            if (!name.isEmpty()) {
                return name;
            }
        }
        return text(ninjs, "copyrightholder");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            return null;
        }
        return value.asText().strip();
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
