package org.bulletinpipeline.query.format;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Optional;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.bulletinpipeline.contracts.mediatopic.MediaTopic;
import org.bulletinpipeline.query.repository.ArticleEntity;
import org.bulletinpipeline.query.search.SearchCriteria;
import org.bulletinpipeline.query.service.ArticleSearch;

/** An article, or every match of a search, in the newsroom formats: JSON-LD, ninjs, NewsML-G2. */
@ApplicationScoped
public class ArticleFormats {

    private final ArticleSearch search;
    private final ObjectMapper json;
    private final JsonLdWriter jsonLd;
    private final NinjsWriter ninjs;
    private final NewsMlG2Writer newsMl;

    public ArticleFormats(ArticleSearch search, ObjectMapper json, FormatsConfig config) {
        this.search = search;
        this.json = json;
        this.jsonLd = new JsonLdWriter(config);
        this.ninjs = new NinjsWriter(config);
        this.newsMl = new NewsMlG2Writer(config);
    }

    /** The stored ArticleExtracted payload of an article. */
    public Optional<JsonNode> payload(String articleId) {
        ArticleEntity article = ArticleEntity.findById(articleId);
        if (article == null || article.payload == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readTree(article.payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON unreadable", e);
        }
    }

    /**
     * The stored payload with the IPTC Media Topics of its topics beside them:
     * {@code "mediaTopics":[{"qcode":"medtop:20000449","uri":…,"labelEn":"epidemic",…}]}. A v3 event carries them as
     * nlp-service mapped them, and they are served as it wrote them; a v1 or v2 event gets them here, through the
     * same mapping.
     */
    public Optional<JsonNode> article(String articleId) {
        return payload(articleId).map(p -> {
            if (p.has("mediaTopics")) {
                return p;
            }
            ArrayNode topics = ((ObjectNode) p).putArray("mediaTopics");
            for (MediaTopic topic : ArticleView.of(p).mediaTopics()) {
                topics.add(json.valueToTree(topic));
            }
            return p;
        });
    }

    public Optional<JsonNode> jsonLd(String articleId) {
        return payload(articleId).map(p -> jsonLd.write(ArticleView.of(p)));
    }

    public Optional<JsonNode> ninjs(String articleId) {
        return payload(articleId).map(p -> ninjs.write(ArticleView.of(p)));
    }

    public Optional<String> newsMl(String articleId) {
        return payload(articleId).map(p -> {
            StringWriter out = new StringWriter();
            try {
                newsMl.write(ArticleView.of(p), out);
            } catch (XMLStreamException e) {
                throw new IllegalStateException("NewsML-G2 not writable", e);
            }
            return out.toString();
        });
    }

    /** Every match of {@code criteria} as JSON-LD or ninjs lines, or as one NewsML-G2 newsMessage. */
    public void export(SearchCriteria criteria, ExportFormat format, Writer out) throws IOException {
        try {
            XMLStreamWriter message = format == ExportFormat.NEWSML ? newsMl.start(out) : null;
            search.export(criteria, row -> {
                ArticleView article = ArticleView.of(row);
                try {
                    if (message != null) {
                        newsMl.item(article, message);
                    } else {
                        out.write(json.writeValueAsString(format == ExportFormat.JSONLD ? jsonLd.write(article)
                                : ninjs.write(article)));
                        out.write('\n');
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (XMLStreamException e) {
                    throw new UncheckedIOException(new IOException(e));
                }
            });
            if (message != null) {
                newsMl.end(message);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
