package org.bulletinpipeline.query.format;

import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.bulletinpipeline.contracts.mediatopic.MediaTopic;

/**
 * An article as an IPTC NewsML-G2 2.35 {@code newsItem} (power conformance): the headline, creators, language,
 * persons, places, organizations and topics as subjects (a topic by its IPTC Media Topic QCode with the concept's
 * English and Chinese names, {@code <subject type="cpnat:abstract" qcode="medtop:20000449">}), the summary as
 * description, the body as plain inline data.
 * The guid is the article's URL, so the same article always has the same item.
 */
public final class NewsMlG2Writer {

    public static final String MEDIA_TYPE = "application/vnd.iptc.g2.newsitem+xml";
    public static final String MESSAGE_MEDIA_TYPE = "application/vnd.iptc.g2.newsmessage+xml";
    private static final String NAR = "http://iptc.org/std/nar/2006-10-01/";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

    private final FormatsConfig config;

    public NewsMlG2Writer(FormatsConfig config) {
        this.config = config;
    }

    /** One newsItem as a document of its own. */
    public void write(ArticleView a, Writer out) throws XMLStreamException {
        XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        newsItem(a, xml);
        xml.writeEndDocument();
        xml.flush();
    }

    /**
     * A newsMessage whose itemSet is written item by item, so an export of any size streams: {@link #start}, then
     * {@link #item} per article, then {@link #end}.
     */
    public XMLStreamWriter start(Writer out) throws XMLStreamException {
        XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NAR);
        xml.writeStartElement(NAR, "newsMessage");
        xml.writeDefaultNamespace(NAR);
        xml.writeStartElement(NAR, "header");
        text(xml, "sent", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        xml.writeEndElement();
        xml.writeStartElement(NAR, "itemSet");
        return xml;
    }

    public void item(ArticleView a, XMLStreamWriter xml) throws XMLStreamException {
        newsItem(a, xml);
    }

    public void end(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    private void newsItem(ArticleView a, XMLStreamWriter xml) throws XMLStreamException {
        xml.setDefaultNamespace(NAR);
        xml.writeStartElement(NAR, "newsItem");
        xml.writeDefaultNamespace(NAR);
        xml.writeAttribute("guid", config.baseUrl() + "/api/articles/" + a.articleId());
        xml.writeAttribute("version", "1");
        xml.writeAttribute("standard", "NewsML-G2");
        xml.writeAttribute("standardversion", "2.35");
        xml.writeAttribute("conformance", "power");
        xml.writeAttribute("xml", XML, "lang", config.language());
        empty(xml, "catalogRef", "href", "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml");

        xml.writeStartElement(NAR, "itemMeta");
        empty(xml, "itemClass", "qcode", "ninat:text");
        empty(xml, "provider", "literal", "bulletin-pipeline");
        Instant version = a.processedAt() == null ? Instant.now() : a.processedAt();
        text(xml, "versionCreated", version.truncatedTo(ChronoUnit.SECONDS).toString());
        empty(xml, "pubStatus", "qcode", "stat:usable");
        xml.writeEndElement();

        xml.writeStartElement(NAR, "contentMeta");
        if (a.date() != null) {
            text(xml, "contentCreated", a.date().toString());
        }
        if (!a.places().isEmpty()) {
            named(xml, "located", null, a.places().getFirst());
        }
        for (String byline : a.bylines()) {
            named(xml, "creator", null, byline);
        }
        if (a.publication() != null) {
            named(xml, "infoSource", null, a.publication());
        }
        empty(xml, "language", "tag", config.language());
        for (String keyword : a.keywords()) {
            text(xml, "keyword", keyword);
        }
        subjects(xml, "cpnat:person", a.persons());
        subjects(xml, "cpnat:geoArea", a.places());
        subjects(xml, "cpnat:organisation", a.organizations());
        for (MediaTopic topic : a.mediaTopics()) {
            mediaTopic(xml, topic);
        }
        subjects(xml, "cpnat:abstract", a.unmappedTopics());
        if (a.title() != null) {
            text(xml, "headline", a.title());
        }
        if (a.summary() != null) {
            xml.writeStartElement(NAR, "description");
            xml.writeAttribute("role", "drol:summary");
            xml.writeCharacters(a.summary());
            xml.writeEndElement();
        }
        xml.writeEndElement();

        xml.writeStartElement(NAR, "contentSet");
        xml.writeStartElement(NAR, "inlineData");
        xml.writeAttribute("contenttype", "text/plain");
        xml.writeCharacters(a.body() == null ? "" : a.body());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void subjects(XMLStreamWriter xml, String type, List<String> names) throws XMLStreamException {
        for (String name : names) {
            named(xml, "subject", type, name);
        }
    }

    private static void mediaTopic(XMLStreamWriter xml, MediaTopic topic) throws XMLStreamException {
        xml.writeStartElement(NAR, "subject");
        xml.writeAttribute("type", "cpnat:abstract");
        xml.writeAttribute("qcode", topic.qcode());
        lang(xml, "en-GB", topic.labelEn());
        lang(xml, "zh-Hans", topic.labelZh());
        xml.writeEndElement();
    }

    private static void lang(XMLStreamWriter xml, String language, String name) throws XMLStreamException {
        xml.writeStartElement(NAR, "name");
        xml.writeAttribute("xml", XML, "lang", language);
        xml.writeCharacters(name);
        xml.writeEndElement();
    }

    private static void named(XMLStreamWriter xml, String element, String type, String name)
            throws XMLStreamException {
        xml.writeStartElement(NAR, element);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        text(xml, "name", name);
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(NAR, element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void empty(XMLStreamWriter xml, String element, String attribute, String value)
            throws XMLStreamException {
        xml.writeEmptyElement(NAR, element);
        xml.writeAttribute(attribute, value);
    }
}
