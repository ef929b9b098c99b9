package org.bulletinpipeline.query.format;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An article as IPTC ninjs 2.1: headlines, the plain-text body, summary, people, places, organisations, subjects.
 * Its topics are subjects by their IPTC Media Topic ({@code uri} the concept's, {@code name} its Chinese label, the
 * article's language); a topic no Media Topic stands for stays a subject by name.
 */
public final class NinjsWriter {

    public static final String MEDIA_TYPE = "application/ninjs+json";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final FormatsConfig config;

    public NinjsWriter(FormatsConfig config) {
        this.config = config;
    }

    public ObjectNode write(ArticleView a) {
        ObjectNode doc = NODES.objectNode();
        doc.put("uri", config.baseUrl() + "/api/articles/" + a.articleId());
        ObjectNode standard = doc.putObject("standard");
        standard.put("name", "ninjs");
        standard.put("version", "2.1");
        standard.put("schema", "https://www.iptc.org/std/ninjs/ninjs-schema_2.1.json");
        doc.put("type", "text");
        doc.put("profile", "bulletin-pipeline-article");
        if (a.processedAt() != null) {
            doc.put("versioncreated", a.processedAt().toString());
        }
        if (a.date() != null) {
            doc.put("contentcreated", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    a.date().atStartOfDay(config.zone())));
        }
        doc.put("pubstatus", "usable");
        doc.put("language", config.language());
        ArrayNode headlines = doc.putArray("headlines");
        if (a.title() != null) {
            headlines.addObject().put("role", "main").put("value", a.title());
        }
        if (a.subtitle() != null) {
            headlines.addObject().put("role", "sub").put("value", a.subtitle());
        }
        if (a.kicker() != null) {
            headlines.addObject().put("role", "kicker").put("value", a.kicker());
        }
        if (headlines.isEmpty()) {
            doc.remove("headlines");
        }
        if (!a.bylines().isEmpty()) {
            doc.put("by", String.join("\u3001", a.bylines()));
        }
        if (a.summary() != null) {
            doc.putArray("descriptions").addObject().put("role", "summary").put("contenttype", "text/plain")
                    .put("value", a.summary());
        }
        if (a.body() != null) {
            doc.putArray("bodies").addObject().put("role", "main").put("contenttype", "text/plain")
                    .put("value", a.body());
        }
        names(doc, "people", a.persons());
        names(doc, "places", a.places());
        names(doc, "organisations", a.organizations());
        if (!a.topics().isEmpty() || !a.keywords().isEmpty()) {
            ArrayNode subjects = doc.putArray("subjects");
            a.mediaTopics().forEach(topic -> subjects.addObject().put("name", topic.labelZh()).put("rel", "about")
                    .put("uri", topic.uri()));
            a.unmappedTopics().forEach(topic -> subjects.addObject().put("name", topic).put("rel", "topic"));
            a.keywords().forEach(keyword -> subjects.addObject().put("name", keyword).put("rel", "keyword"));
        }
        if (a.publication() != null) {
            doc.putArray("infosources").addObject().put("name", a.publication()).put("role", "publisher");
        }
        ArrayNode altids = doc.putArray("altids");
        altids.addObject().put("role", "articleId").put("value", a.articleId());
        altids.addObject().put("role", "bulletinId").put("value", a.bulletinId());
        return doc;
    }

    private static void names(ObjectNode doc, String field, List<String> names) {
        if (!names.isEmpty()) {
            ArrayNode array = doc.putArray(field);
            names.forEach(name -> array.addObject().put("name", name).put("rel", "mentioned"));
        }
    }
}
