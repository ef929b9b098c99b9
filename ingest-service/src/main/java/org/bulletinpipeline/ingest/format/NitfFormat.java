package org.bulletinpipeline.ingest.format;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.bulletinpipeline.ingest.refusal.InvalidBulletinException;
import org.w3c.dom.Element;

/**
 * NITF 3.x ({@code application/nitf+xml}, {@code .nitf}): one story. The {@code hedline}'s {@code hl1} is the
 * title (the {@code head/title} only when there is none), {@code byline} and {@code dateline} are kept as printed,
 * {@code doc-id} is the item id, {@code date.issue} (else {@code date.release}) the published time,
 * {@code pubdata} the publication and its URL, {@code baselang} or {@code xml:lang} the language.
 */
public final class NitfFormat implements NewsFormat {

    public static final String MEDIA_TYPE = "application/nitf+xml";

    private final ZoneId zone;

    public NitfFormat(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public String name() {
        return "nitf";
    }

    @Override
    public List<String> mediaTypes() {
        return List.of(MEDIA_TYPE, "application/vnd.iptc.nitf+xml");
    }

    @Override
    public List<String> extensions() {
        return List.of("nitf");
    }

    @Override
    public boolean recognizes(Sniffed document) {
        return document.isXml(null, "nitf");
    }

    @Override
    public NewsDocument read(byte[] document) {
        Element nitf = SecureXml.parse(document).getDocumentElement();
        if (!"nitf".equals(nitf.getLocalName())) {
            throw new InvalidBulletinException(422, "unexpected-document",
                    "A NITF document has the root element <nitf>, not <" + nitf.getLocalName() + ">.");
        }
        return new NewsDocument(name(), false, List.of(story(nitf, zone)));
    }

    /** One NITF story; also what a NewsML-G2 newsItem carries inline. */
    static FormatItem story(Element nitf, ZoneId zone) {
        Element head = Dom.child(nitf, "head");
        Element body = Dom.child(nitf, "body");
        Element bodyHead = Dom.child(body, "body.head");
        Element docdata = Dom.child(head, "docdata");
        Element pubdata = Dom.child(head, "pubdata");
        String headline = Dom.text(Dom.child(Dom.child(bodyHead, "hedline"), "hl1"));
        if (headline == null) {
            headline = Dom.text(Dom.child(head, "title"));
        }
        OffsetDateTime published = Dom.dateTime(Dom.attribute(Dom.child(docdata, "date.issue"), "norm"), zone);
        if (published == null) {
            published = Dom.dateTime(Dom.attribute(Dom.child(docdata, "date.release"), "norm"), zone);
        }
        if (published == null) {
            published = Dom.dateTime(Dom.attribute(pubdata, "date.publication"), zone);
        }
        String language = Dom.attribute(nitf, "baselang");
        return new FormatItem(StoryText.compose(headline, paragraphs(Dom.child(body, "body.content"))),
                Dom.attribute(Dom.child(docdata, "doc-id"), "id-string"), headline,
                Dom.text(Dom.child(bodyHead, "byline")), Dom.text(Dom.child(bodyHead, "dateline")),
                Dom.attribute(pubdata, "name"), published, Dom.attribute(pubdata, "ex-ref"),
                language != null ? language : Dom.language(nitf));
    }

    /** The body's paragraphs and subheads in order; tables, media and notes are not running text. */
    static List<String> paragraphs(Element content) {
        List<String> paragraphs = new ArrayList<>();
        for (Element block : Dom.descendants(content, "*")) {
            String name = block.getLocalName();
            if ("p".equals(name) || "hl2".equals(name)) {
                String text = Dom.text(block);
                if (text != null) {
                    paragraphs.add(text);
                }
            }
        }
        return paragraphs;
    }
}
