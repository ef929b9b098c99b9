package org.bulletinpipeline.ingest.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;

import org.bulletinpipeline.contracts.event.BulletinSource;
import org.bulletinpipeline.contracts.event.ItemMetadata;
import org.bulletinpipeline.ingest.refusal.InvalidBulletinException;

/**
 * What ingest checks of a bulletin's source, so that nothing it accepts can be refused further down: PostgreSQL
 * stores no NUL character, the stores' columns and indexes have lengths, and a date of year +99999 is no
 * newspaper's. A refusal is a 422 naming the field. (The text itself is {@code TextInspector}'s: a NUL there is
 * refused as binary content.)
 * <ul>
 *   <li>a source field holds no control character at all (they are one-line labels: {@code 禹州通讯}, {@code 1},
 *       {@code p1.txt}) and is no longer than its limit;</li>
 *   <li>{@code publishedOn} is between 1900-01-01 and 2100-12-31, the range query-service stores;</li>
 *   <li>{@code url} is an absolute http or https URL;</li>
 *   <li>what a structured document said about its story ({@link #checkItem}) holds no control character either (a
 *       ninjs {@code by} escaping a NUL is valid JSON), except that a headline, byline or dateline may be broken
 *       over lines.</li>
 * </ul>
 */
public final class FieldValidator {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    static final int MAX_PUBLICATION = 200;
    static final int MAX_PAGE = 40;
    static final int MAX_FILE_NAME = 255;
    static final int MAX_URL = 2048;
    /** An RSS guid or NewsML-G2 guid is a URI; 2,048 is what browsers and proxies take of one. */
    static final int MAX_ITEM_LABEL = 2048;

    private FieldValidator() {
    }

    public static void check(BulletinSource source) {
        if (source == null) {
            return;
        }
        label("source.publication", source.publication(), MAX_PUBLICATION);
        label("source.page", source.page(), MAX_PAGE);
        label("source.fileName", source.fileName(), MAX_FILE_NAME);
        label("source.url", source.url(), MAX_URL);
        if (source.url() != null && !isWebAddress(source.url())) {
            throw refused("source.url", "source.url must be an absolute http or https URL.");
        }
        LocalDate publishedOn = source.publishedOn();
        if (publishedOn != null && (publishedOn.isBefore(EARLIEST) || publishedOn.isAfter(LATEST))) {
            throw refused("source.publishedOn", "source.publishedOn " + publishedOn + " is outside " + EARLIEST
                    + " to " + LATEST + ".");
        }
    }

    public static void checkItem(ItemMetadata item) {
        if (item == null) {
            return;
        }
        label("item.format", item.format(), MAX_ITEM_LABEL);
        label("item.originalId", item.originalId(), MAX_ITEM_LABEL);
        label("item.language", item.language(), MAX_ITEM_LABEL);
        line("item.headline", item.headline());
        line("item.byline", item.byline());
        line("item.dateline", item.dateline());
    }

    private static void label(String field, String value, int maxLength) {
        if (value == null) {
            return;
        }
        if (value.length() > maxLength) {
            throw refused(field, field + " has " + value.length() + " characters; at most " + maxLength
                    + " are accepted.");
        }
        noControl(field, value, false);
    }

    private static void line(String field, String value) {
        if (value != null) {
            noControl(field, value, true);
        }
    }

    private static void noControl(String field, String value, boolean lineBreaks) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (lineBreaks && (c == '\n' || c == '\r' || c == '\t')) {
                continue;
            }
            if (Character.isISOControl(c)) {
                throw refused(field, String.format("%s holds a control character (U+%04X) at offset %d.", field,
                        (int) value.charAt(i), i));
            }
        }
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static InvalidBulletinException refused(String field, String detail) {
        return new InvalidBulletinException(422, "invalid-field", detail, field);
    }
}
