package org.bulletinpipeline.ingest.format;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.bulletinpipeline.ingest.refusal.InvalidBulletinException;
import org.w3c.dom.Element;

/**
 * IPTC NewsML-G2: a {@code newsItem} is one story; a {@code packageItem} is one story per {@code itemRef} that
 * carries a title or description (a package refers to its items, which travel on their own); a
 * {@code newsMessage} is each item of its {@code itemSet}. A newsItem's text is its {@code inlineXML} (NITF or
 * XHTML) or {@code inlineData}; its headline the {@code contentMeta/headline}, else the NITF {@code hl1}.
 */
public final class NewsMlG2Format implements NewsFormat {

    public static final String NAMESPACE = "http://iptc.org/std/nar/2006-10-01/";
    public static final String NEWS_ITEM = "application/vnd.iptc.g2.newsitem+xml";
    public static final String PACKAGE_ITEM = "application/vnd.iptc.g2.packageitem+xml";
    public static final String NEWS_MESSAGE = "application/vnd.iptc.g2.newsmessage+xml";

    private final ZoneId zone;

    public NewsMlG2Format(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public String name() {
        return "newsml-g2";
    }

    @Override
    public List<String> mediaTypes() {
        return List.of(NEWS_ITEM, PACKAGE_ITEM, NEWS_MESSAGE);
    }

    @Override
    public List<String> extensions() {
        return List.of();
    }

    @Override
    public boolean recognizes(Sniffed document) {
        return document.isXml(NAMESPACE, "newsItem") || document.isXml(NAMESPACE, "packageItem")
                || document.isXml(NAMESPACE, "newsMessage");
    }

    @Override
    public NewsDocument read(byte[] document) {
        Element root = SecureXml.parse(document).getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI())) {
            throw new InvalidBulletinException(422, "unexpected-document", "A NewsML-G2 document's root element is "
                    + "in the namespace " + NAMESPACE + "; <" + root.getLocalName() + "> is not.");
        }
        return switch (root.getLocalName()) {
            case "newsItem" -> new NewsDocument(name(), false, List.of(newsItem(root)));
            case "packageItem" -> new NewsDocument(name(), true, packageItem(root));
            case "newsMessage" -> new NewsDocument(name(), true, newsMessage(root));
            default -> throw new InvalidBulletinException(422, "unexpected-document", "A NewsML-G2 document of "
                    + "<" + root.getLocalName() + "> carries no news; send a newsItem, packageItem or newsMessage.");
        };
    }

    private List<FormatItem> newsMessage(Element message) {
        List<FormatItem> items = new ArrayList<>();
        for (Element item : Dom.children(Dom.child(message, "itemSet"), "*")) {
            switch (item.getLocalName()) {
                case "newsItem" -> items.add(newsItem(item));
                case "packageItem" -> items.addAll(packageItem(item));
                default -> {
                    // concept, knowledge and planning items carry no story
                }
            }
        }
        return items;
    }

    private FormatItem newsItem(Element item) {
        Element itemMeta = Dom.child(item, "itemMeta");
        Element contentMeta = Dom.child(item, "contentMeta");
        Element contentSet = Dom.child(item, "contentSet");
        Element nitf = Dom.descendant(Dom.child(contentSet, "inlineXML"), "nitf");
        FormatItem inline = nitf == null ? null : NitfFormat.story(nitf, zone);
        String headline = Dom.text(Dom.child(contentMeta, "headline"));
        if (headline == null && inline != null) {
            headline = inline.headline();
        }
        String byline = first(Dom.text(Dom.child(contentMeta, "by")), names(contentMeta, "creator"),
                inline == null ? null : inline.byline());
        String dateline = first(Dom.text(Dom.child(contentMeta, "dateline")),
                inline == null ? null : inline.dateline(), Dom.text(Dom.child(Dom.child(contentMeta, "located"), "name")));
        OffsetDateTime published = firstTime(Dom.text(Dom.child(itemMeta, "firstCreated")),
                Dom.text(Dom.child(contentMeta, "contentCreated")), Dom.text(Dom.child(itemMeta, "versionCreated")));
        String language = first(Dom.attribute(Dom.child(contentMeta, "language"), "tag"), Dom.language(item));
        return new FormatItem(StoryText.compose(headline, paragraphs(contentSet, nitf)), Dom.attribute(item, "guid"),
                headline, byline, dateline, publication(item), published, link(itemMeta), language);
    }

    private List<FormatItem> packageItem(Element pkg) {
        Element itemMeta = Dom.child(pkg, "itemMeta");
        OffsetDateTime packaged = firstTime(Dom.text(Dom.child(itemMeta, "firstCreated")),
                Dom.text(Dom.child(itemMeta, "versionCreated")));
        String language = Dom.language(pkg);
        List<FormatItem> items = new ArrayList<>();
        for (Element ref : Dom.descendants(Dom.child(pkg, "groupSet"), "itemRef")) {
            String title = Dom.text(Dom.child(ref, "title"));
            String description = Dom.text(Dom.child(ref, "description"));
            if (title == null && description == null) {
                continue;
            }
            OffsetDateTime created = firstTime(Dom.text(Dom.child(ref, "contentCreated")),
                    Dom.text(Dom.child(ref, "versionCreated")));
            items.add(new FormatItem(StoryText.compose(title, StoryText.textParagraphs(description)),
                    first(Dom.attribute(ref, "residref"), Dom.attribute(ref, "href")), title, null, null,
                    publication(pkg), created != null ? created : packaged, Dom.attribute(ref, "href"),
                    first(Dom.language(ref), language)));
        }
        if (items.isEmpty()) {
            throw new InvalidBulletinException(422, "no-story", "The package refers to no item with a title or "
                    + "description; send the newsItems themselves.");
        }
        return items;
    }

    /** Inline NITF, inline XHTML or plain inline data, the first of them the item has. */
    private static List<String> paragraphs(Element contentSet, Element nitf) {
        if (nitf != null) {
            return NitfFormat.paragraphs(Dom.child(Dom.child(nitf, "body"), "body.content"));
        }
        Element html = Dom.descendant(Dom.child(contentSet, "inlineXML"), "body");
        if (html != null) {
            List<String> paragraphs = new ArrayList<>();
            for (Element p : Dom.descendants(html, "p")) {
                String text = Dom.text(p);
                if (text != null) {
                    paragraphs.add(text);
                }
            }
            return paragraphs;
        }
        Element data = Dom.child(contentSet, "inlineData");
        return data == null ? List.of() : StoryText.textParagraphs(data.getTextContent());
    }

    /** The provider's or first info source's name: "Acme News and Media LLC". */
    private static String publication(Element item) {
        Element provider = Dom.child(Dom.child(item, "itemMeta"), "provider");
        return first(Dom.text(Dom.child(provider, "name")), Dom.attribute(provider, "literal"),
                names(Dom.child(item, "contentMeta"), "infoSource"));
    }

    private static String link(Element itemMeta) {
        for (Element link : Dom.children(itemMeta, "link")) {
            String href = Dom.attribute(link, "href");
            if (href != null && href.startsWith("http")) {
                return href;
            }
        }
        return null;
    }

    /** The names of every creator (or info source), comma-separated. */
    private static String names(Element contentMeta, String role) {
        List<String> names = new ArrayList<>();
        for (Element party : Dom.children(contentMeta, role)) {
            String name = first(Dom.text(Dom.child(party, "name")), Dom.attribute(party, "literal"));
            if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private OffsetDateTime firstTime(String... values) {
        for (String value : values) {
            OffsetDateTime time = Dom.dateTime(value, zone);
            if (time != null) {
                return time;
            }
        }
        return null;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
