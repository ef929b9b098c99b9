package org.bulletinpipeline.ingest.format;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;

import org.bulletinpipeline.ingest.refusal.InvalidBulletinException;
import org.jsoup.Jsoup;
import org.w3c.dom.Element;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom 1.0, read by ROME from the DOM {@link SecureXml} built: each entry is one story.
 * The entry's full content ({@code content:encoded}, Atom {@code content}) is preferred to its summary
 * ({@code description}); the channel title is the publication, the channel language the language unless the entry
 * has a Dublin Core one. An RSS {@code guid} that is not a URI ({@code <guid isPermaLink="false">4127</guid>}) is
 * only unique within its channel, so the item id is the channel link with it as fragment.
 */
public final class FeedFormat implements NewsFormat {

    public static final String RSS = "application/rss+xml";
    public static final String ATOM = "application/atom+xml";
    private static final String ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";
    private static final Pattern GMT_OFFSET = Pattern.compile("GMT([+-])(\\d{1,2}):?(\\d{2})?$");
    private static final String RDF_NAMESPACE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private final ZoneId zone;

    public FeedFormat(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public String name() {
        return "feed";
    }

    @Override
    public List<String> mediaTypes() {
        return List.of(RSS, ATOM, "application/rdf+xml");
    }

    @Override
    public List<String> extensions() {
        return List.of("rss", "atom");
    }

    @Override
    public boolean recognizes(Sniffed document) {
        return document.isXml("", "rss") || document.isXml(ATOM_NAMESPACE, "feed")
                || document.isXml(RDF_NAMESPACE, "RDF");
    }

    @Override
    public NewsDocument read(byte[] document) {
        SyndFeed feed;
        org.w3c.dom.Document dom = SecureXml.parse(document);
        try {
            feed = new SyndFeedInput().build(dom);
        } catch (FeedException | IllegalArgumentException e) {
            throw new InvalidBulletinException(422, "unreadable-feed", "Not an RSS or Atom feed: " + e.getMessage());
        }
        String format = feed.getFeedType().startsWith("atom") ? "atom" : "rss";
        List<String> pubDates = rssPubDates(dom);
        List<FormatItem> items = new ArrayList<>();
        for (int i = 0; i < feed.getEntries().size(); i++) {
            SyndEntry entry = feed.getEntries().get(i);
            String headline = plain(entry.getTitle());
            String language = entryLanguage(entry);
            items.add(new FormatItem(StoryText.compose(headline, StoryText.htmlParagraphs(body(entry))),
                    itemId(feed, entry), headline, byline(entry), null, plain(feed.getTitle()),
                    published(entry, i < pubDates.size() ? pubDates.get(i) : null),
                    entry.getLink(), language != null ? language : feed.getLanguage()));
        }
        return new NewsDocument(format, true, items);
    }

    private static String body(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return content.getValue();
            }
        }
        return entry.getDescription() == null ? null : entry.getDescription().getValue();
    }

    private static String itemId(SyndFeed feed, SyndEntry entry) {
        String uri = entry.getUri();
        if (uri == null || uri.isBlank()) {
            return entry.getLink();
        }
        boolean absolute = uri.contains(":");
        return absolute || feed.getLink() == null ? uri.strip() : feed.getLink().strip() + "#" + uri.strip();
    }

    private static String byline(SyndEntry entry) {
        String author = entry.getAuthor();
        return author == null || author.isBlank() ? null : author.strip();
    }

    private static String entryLanguage(SyndEntry entry) {
        return entry.getModule(DCModule.URI) instanceof DCModule dc && dc.getLanguage() != null
                ? dc.getLanguage().toLowerCase(Locale.ROOT) : null;
    }

    /**
     * ROME keeps the instant of a date, not its offset: it is shown in the configured zone. A pubDate ROME cannot
     * read is tried once more with the offset written as many Chinese publishing systems write it,
     * {@code Tue, 17 May 2022 06:30:00 GMT+8}.
     */
    private OffsetDateTime published(SyndEntry entry, String rawPubDate) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        if (date != null) {
            return date.toInstant().atZone(zone).toOffsetDateTime();
        }
        if (rawPubDate == null) {
            return null;
        }
        Matcher offset = GMT_OFFSET.matcher(rawPubDate.strip());
        String normalized = offset.find() ? offset.replaceFirst(String.format(Locale.ROOT, "%s%02d%s", offset.group(1),
                Integer.parseInt(offset.group(2)), offset.group(3) == null ? "00" : offset.group(3))) : rawPubDate.strip();
        try {
            return OffsetDateTime.parse(normalized, DateTimeFormatter.RFC_1123_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The text of each RSS 2.0 item's pubDate, in item order (null where an item has none). */
    private static List<String> rssPubDates(org.w3c.dom.Document dom) {
        List<String> dates = new ArrayList<>();
        for (Element channel : Dom.children(dom.getDocumentElement(), "channel")) {
            for (Element item : Dom.children(channel, "item")) {
                dates.add(Dom.text(Dom.child(item, "pubDate")));
            }
        }
        return dates;
    }

    /** Titles may carry markup and entities: {@code 市政府召开&lt;b&gt;常务会议&lt;/b&gt;}. */
    private static String plain(String text) {
        if (text == null) {
            return null;
        }
        String plain = StoryText.clean(Jsoup.parse(text).text());
        return plain.isEmpty() ? null : plain;
    }
}
