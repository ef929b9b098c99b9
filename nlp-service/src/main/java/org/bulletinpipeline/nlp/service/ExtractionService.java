package org.bulletinpipeline.nlp.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.bulletinpipeline.contracts.event.ArticleExtracted;
import org.bulletinpipeline.contracts.event.BulletinSource;
import org.bulletinpipeline.contracts.event.ItemMetadata;
import org.bulletinpipeline.nlp.event.ArticleEventMapper;
import org.bulletinpipeline.nlp.extract.BulletinExtractor;
import org.bulletinpipeline.nlp.extract.model.Extraction;
import org.bulletinpipeline.nlp.extract.model.SourceHints;
import org.jboss.logging.Logger;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One code path for the Kafka consumer and {@code POST /api/extract}: run the extraction core over a bulletin and
 * express the result as ArticleExtracted v1 events.
 */
@ApplicationScoped
public class ExtractionService {

    private static final Logger LOG = Logger.getLogger(ExtractionService.class);

    private final BulletinExtractor extractor;
    private final NlpConfig config;

    public ExtractionService(NlpConfig config) {
        this.config = config;
        long started = System.nanoTime();
        this.extractor = BulletinExtractor.createDefault();
        LOG.infof("extraction core ready in %d ms", (System.nanoTime() - started) / 1_000_000);
    }

    public ExtractionResult extract(String bulletinId, String text, BulletinSource source) {
        return extract(bulletinId, text, source, null);
    }

    /** With {@code item}, what a structured document said about the story wins over what extraction reads. */
    public ExtractionResult extract(String bulletinId, String text, BulletinSource source, ItemMetadata item) {
        BulletinSource known = source == null ? BulletinSource.unknown() : source;
        Extraction extraction = extractor.extract(text, new SourceHints(known.publication(), known.publishedOn()));
        List<ArticleExtracted> articles = ArticleEventMapper.toEvents(bulletinId, known, extraction,
                config.pipelineVersion(), Instant.now());
        return new ExtractionResult(ArticleEventMapper.masthead(extraction.masthead()),
                ItemFields.apply(articles, item));
    }

    // sent as a Response entity, which the native build cannot see the type of
    @RegisterForReflection
    public record ExtractionResult(ArticleExtracted.MastheadView masthead, List<ArticleExtracted> articles) {
    }
}
