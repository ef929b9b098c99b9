package org.bulletinpipeline.query.format;

import java.util.Arrays;
import java.util.Optional;

/**
 * The export formats: one CSV row or one JSON line per article; one schema.org NewsArticle JSON-LD or IPTC ninjs
 * object per line; or one NewsML-G2 newsMessage holding a newsItem per article.
 */
public enum ExportFormat {
    CSV("csv", "text/csv; charset=utf-8"), NDJSON("ndjson", "application/x-ndjson; charset=utf-8"),
    JSONLD("jsonld", "application/x-ndjson; charset=utf-8"), NINJS("ninjs", "application/x-ndjson; charset=utf-8"),
    NEWSML("newsml", "application/vnd.iptc.g2.newsmessage+xml; charset=utf-8");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public static Optional<ExportFormat> parse(String text) {
        return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(text.trim())).findFirst();
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}
