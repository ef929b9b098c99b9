package org.bulletinpipeline.nlp.extract;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.bulletinpipeline.nlp.extract.entity.EntityExtractor;
import org.bulletinpipeline.nlp.extract.model.BulletinLayout;
import org.bulletinpipeline.nlp.extract.model.ExtractedArticle;
import org.bulletinpipeline.nlp.extract.model.Extraction;
import org.bulletinpipeline.nlp.extract.model.SourceHints;
import org.bulletinpipeline.nlp.extract.segment.PageReader;

/**
 * The extraction core: page reading first (masthead, articles, headline parts, bylines, datelines), then the
 * entity layer per article. Plain Java, so tests, benchmarks and the CLI use it without booting Quarkus.
 */
public class BulletinExtractor {

    private final PageReader pageReader;
    private final EntityExtractor entityExtractor;

    public BulletinExtractor(PageReader pageReader, EntityExtractor entityExtractor) {
        this.pageReader = pageReader;
        this.entityExtractor = entityExtractor;
    }

    /** The extractor with its dictionaries and gazetteers loaded from the classpath; build it once and share it. */
    public static BulletinExtractor createDefault() {
        return new BulletinExtractor(new PageReader(), new EntityExtractor());
    }

    public Extraction extract(String text, SourceHints hints) {
        BulletinLayout layout = pageReader.read(text, hints);
        SourceHints source = hints == null ? SourceHints.none() : hints;
        // the page is scanned for the cities it names only when an article needs them, and then once
        Supplier<Set<String>> pageCities = text == null ? Set::of : once(() -> entityExtractor.pageCities(text));
        List<ExtractedArticle> articles = layout.articles().stream()
                .map(article -> new ExtractedArticle(article, entityExtractor.extract(article, layout, source,
                        pageCities)))
                .toList();
        return new Extraction(layout.masthead(), layout.year(), layout.yearSource(), articles);
    }

    private static <T> Supplier<T> once(Supplier<T> compute) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = compute.get();
                }
                return value;
            }
        };
    }
}
