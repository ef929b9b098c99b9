package org.bulletinpipeline.query.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.bulletinpipeline.contracts.mediatopic.MediaTopic;
import org.bulletinpipeline.contracts.mediatopic.MediaTopics;
import org.bulletinpipeline.query.format.ArticleFormats;
import org.bulletinpipeline.query.format.ExportFormat;
import org.bulletinpipeline.query.search.ArticleRow;
import org.bulletinpipeline.query.search.SearchCriteria;
import org.bulletinpipeline.query.service.ArticleSearch;

/** Writes a search's matches as CSV (RFC 4180, UTF-8 with a BOM so spreadsheet tools read the Chinese) or NDJSON. */
@ApplicationScoped
public class ArticleExporter {

    static final List<String> COLUMNS = List.of("articleId", "bulletinId", "ordinal", "kind", "date", "dateline",
            "publication", "publishedOn", "kicker", "title", "subtitle", "persons", "places", "organizations",
            "topics", "mediaTopics", "keywords", "summary", "body");

    private final ArticleSearch search;
    private final ObjectMapper json;
    private final ArticleFormats formats;

    public ArticleExporter(ArticleSearch search, ObjectMapper json, ArticleFormats formats) {
        this.search = search;
        this.json = json;
        this.formats = formats;
    }

    public void write(SearchCriteria criteria, ExportFormat format, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        if (format == ExportFormat.JSONLD || format == ExportFormat.NINJS || format == ExportFormat.NEWSML) {
            formats.export(criteria, format, writer);
            writer.flush();
            return;
        }
        if (format == ExportFormat.CSV) {
            writer.write('\uFEFF');
            writer.write(String.join(",", COLUMNS));
            writer.write("\r\n");
        }
        try {
            search.export(criteria, row -> {
                try {
                    if (format == ExportFormat.CSV) {
                        writer.write(csv(values(row)));
                        writer.write("\r\n");
                    } else {
                        writer.write(json.writeValueAsString(values(row)));
                        writer.write('\n');
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    private static Map<String, Object> values(ArticleRow r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("articleId", r.id());
        v.put("bulletinId", r.bulletinId());
        v.put("ordinal", r.ordinal());
        v.put("kind", r.kind());
        v.put("date", r.date() == null ? null : r.date().toString());
        v.put("dateline", r.dateline() == null ? null : r.dateline().toString());
        v.put("publication", r.publication());
        v.put("publishedOn", r.publishedOn() == null ? null : r.publishedOn().toString());
        v.put("kicker", r.kicker());
        v.put("title", r.title());
        v.put("subtitle", r.subtitle());
        v.put("persons", r.persons());
        v.put("places", r.places());
        v.put("organizations", r.organizations());
        v.put("topics", r.topics());
        v.put("mediaTopics", MediaTopics.standard().of(r.topics()).stream().map(MediaTopic::qcode).toList());
        v.put("keywords", r.keywords());
        v.put("summary", r.summary());
        v.put("body", r.body());
        return v;
    }

    /** Lists join with '|'; every field is quoted, inner quotes doubled, formula-like text made inert. */
    static String csv(Map<String, Object> values) {
        StringBuilder line = new StringBuilder();
        for (String column : COLUMNS) {
            if (!line.isEmpty()) {
                line.append(',');
            }
            Object v = values.get(column);
            String text = v == null ? "" : v instanceof List<?> list ? String.join("|", list.stream()
                    .map(String::valueOf).toList()) : String.valueOf(v);
            line.append('"').append(inert(text).replace("\"", "\"\"")).append('"');
        }
        return line.toString();
    }

    /**
     * A cell a spreadsheet would take for a formula (=HYPERLINK(...), +1, -2+3, @SUM(...), or one starting with a tab
     * or carriage return, which some tools skip before looking) gets a leading apostrophe: opened in Excel or
     * LibreOffice it shows as the text it is. A bulletin's "-5℃" becomes "'-5℃", still readable.
     */
    static String inert(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
