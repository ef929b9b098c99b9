package org.bulletinpipeline.query.format;

import java.util.List;

import org.bulletinpipeline.contracts.mediatopic.MediaTopic;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An article as schema.org {@code NewsArticle} JSON-LD, the markup search engines and aggregators read. Persons,
 * places and organizations named in the title are what the article is {@code about}; the others it
 * {@code mentions} ("市疫情防控指挥部召开会议" is about 市疫情防控指挥部 and mentions 史根治). Its IPTC Media Topics are
 * what it is {@code about} too, each a {@code DefinedTerm} whose {@code @id} is the concept's URI, so a reader that
 * knows the vocabulary links the article to it without reading our topic codes.
 */
public final class JsonLdWriter {

    public static final String MEDIA_TYPE = "application/ld+json";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final FormatsConfig config;

    public JsonLdWriter(FormatsConfig config) {
        this.config = config;
    }

    public ObjectNode write(ArticleView a) {
        ObjectNode doc = NODES.objectNode();
        doc.put("@context", "https://schema.org");
        doc.put("@type", "NewsArticle");
        String url = config.baseUrl() + "/api/articles/" + a.articleId();
        doc.put("@id", url);
        doc.put("identifier", a.articleId());
        doc.put("url", a.url() != null ? a.url() : url);
        putIfPresent(doc, "headline", a.title());
        putIfPresent(doc, "alternativeHeadline", a.subtitle() != null ? a.subtitle() : a.kicker());
        if (a.date() != null) {
            doc.put("dateCreated", a.date().toString());
        }
        if (a.publishedOn() != null) {
            doc.put("datePublished", a.publishedOn().toString());
        }
        doc.put("inLanguage", config.language());
        if (!a.bylines().isEmpty()) {
            ArrayNode authors = doc.putArray("author");
            a.bylines().forEach(name -> authors.add(thing("Person", name)));
        }
        if (a.publication() != null) {
            doc.set("publisher", thing("NewsMediaOrganization", a.publication()));
        }
        putIfPresent(doc, "description", a.summary());
        putIfPresent(doc, "articleBody", a.body());
        if (!a.keywords().isEmpty()) {
            doc.put("keywords", String.join(",", a.keywords()));
        }
        ArrayNode about = NODES.arrayNode();
        ArrayNode mentions = NODES.arrayNode();
        String title = a.title() == null ? "" : a.title();
        add(about, mentions, "Person", a.persons(), title);
        add(about, mentions, "Place", a.places(), title);
        add(about, mentions, "Organization", a.organizations(), title);
        a.mediaTopics().forEach(topic -> about.add(term(topic)));
        if (!about.isEmpty()) {
            doc.set("about", about);
        }
        if (!mentions.isEmpty()) {
            doc.set("mentions", mentions);
        }
        if (!a.places().isEmpty()) {
            doc.set("contentLocation", thing("Place", a.places().getFirst()));
        }
        return doc;
    }

    private static void add(ArrayNode about, ArrayNode mentions, String type, List<String> names, String title) {
        for (String name : names) {
            (title.contains(name) ? about : mentions).add(thing(type, name));
        }
    }

    private static ObjectNode term(MediaTopic topic) {
        ObjectNode term = NODES.objectNode();
        term.put("@type", "DefinedTerm");
        term.put("@id", topic.uri());
        term.put("termCode", topic.qcode());
        ArrayNode names = term.putArray("name");
        names.addObject().put("@language", "en-GB").put("@value", topic.labelEn());
        names.addObject().put("@language", "zh-Hans").put("@value", topic.labelZh());
        term.put("inDefinedTermSet", MediaTopic.SCHEME_URI);
        return term;
    }

    private static ObjectNode thing(String type, String name) {
        ObjectNode thing = NODES.objectNode();
        thing.put("@type", type);
        thing.put("name", name);
        return thing;
    }

    private static void putIfPresent(ObjectNode doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.put(field, value);
        }
    }
}
