package org.bulletinpipeline.ingest.format;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reading the DOM of NITF and NewsML-G2 by local names: NITF 3.x comes with and without its namespace
 * ({@code http://iptc.org/std/NITF/2006-10-18/}), and inside a NewsML-G2 {@code inlineXML} it carries its own.
 */
final class Dom {

    /** NITF's norm dates are ISO 8601 basic: {@code 20220517T083000+0800}. */
    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss[XX]");

    private Dom() {
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** The first element of that name anywhere below, in document order. */
    static Element descendant(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        NodeList found = parent.getElementsByTagNameNS("*", localName);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }

    static List<Element> descendants(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        if (parent != null) {
            NodeList list = parent.getElementsByTagNameNS("*", localName);
            for (int i = 0; i < list.getLength(); i++) {
                found.add((Element) list.item(i));
            }
        }
        return found;
    }

    /** Text content with layout white space removed; null when absent or blank. */
    static String text(Element element) {
        if (element == null) {
            return null;
        }
        String text = StoryText.clean(element.getTextContent());
        return text.isEmpty() ? null : text;
    }

    static String attribute(Element element, String name) {
        if (element == null || !element.hasAttribute(name)) {
            return null;
        }
        String value = element.getAttribute(name).strip();
        return value.isEmpty() ? null : value;
    }

    /** {@code xml:lang} of the element or its nearest ancestor that has one. */
    static String language(Element element) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            String lang = e.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
            if (!lang.isBlank()) {
                return lang.strip();
            }
        }
        return null;
    }

    /**
     * An ISO 8601 date-time, extended ({@code 2022-05-17T08:30:00+08:00}) or basic ({@code 20220517T083000+0800}),
     * or a bare date; without an offset it is read in {@code zone}. Null when absent or not a date.
     */
    static OffsetDateTime dateTime(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_DATE_TIME, BASIC, DateTimeFormatter.ISO_DATE,
                DateTimeFormatter.BASIC_ISO_DATE)) {
            try {
                TemporalAccessor parsed = format.parseBest(trimmed, OffsetDateTime::from, LocalDateTime::from,
                        LocalDate::from);
                return switch (parsed) {
                    case OffsetDateTime offset -> offset;
                    case LocalDateTime local -> local.atZone(zone).toOffsetDateTime();
                    case LocalDate date -> date.atStartOfDay(zone).toOffsetDateTime();
                    default -> null;
                };
            } catch (DateTimeParseException e) {
                // the next form is tried
            }
        }
        return null;
    }
}
