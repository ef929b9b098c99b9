package org.bulletinpipeline.ingest.format;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The formats ingest reads, and which one a request or a file is. A request names its format by media type;
 * {@code application/xml}, {@code text/xml} and {@code application/json} leave it to what the body starts with. A
 * dropped file names it by extension; a {@code .xml} or {@code .json} file is sniffed; any other file is a text
 * bulletin.
 */
@ApplicationScoped
public class NewsFormats {

    public static final List<String> GENERIC_XML = List.of("application/xml", "text/xml");
    private static final List<String> SNIFFED_EXTENSIONS = List.of("xml", "json");

    private final List<NewsFormat> formats;

    public NewsFormats(FormatsConfig config) {
        this.formats = List.of(new FeedFormat(config.zone()), new NitfFormat(config.zone()),
                new NewsMlG2Format(config.zone()), new NinjsFormat(config.zone()));
    }

    public List<NewsFormat> all() {
        return formats;
    }

    /** The format a media type names, or the one the body is when the type is generic XML. */
    public Optional<NewsFormat> forMediaType(String mediaType, byte[] body) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        for (NewsFormat format : formats) {
            if (format.mediaTypes().contains(type)) {
                return Optional.of(format);
            }
        }
        return GENERIC_XML.contains(type) ? sniff(body) : Optional.empty();
    }

    /** The format of a dropped file, or empty for a text bulletin. */
    public Optional<NewsFormat> forFile(String fileName, byte[] content) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (NewsFormat format : formats) {
            if (format.extensions().contains(extension)) {
                return Optional.of(format);
            }
        }
        return SNIFFED_EXTENSIONS.contains(extension) ? sniff(content) : Optional.empty();
    }

    private Optional<NewsFormat> sniff(byte[] content) {
        Sniffed sniffed = Sniffed.of(content);
        return formats.stream().filter(format -> format.recognizes(sniffed)).findFirst();
    }
}
