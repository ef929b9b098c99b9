package org.bulletinpipeline.nlp.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;

import org.bulletinpipeline.nlp.extract.BulletinExtractor;
import org.bulletinpipeline.nlp.extract.model.SourceHints;
import org.bulletinpipeline.nlp.extract.segment.PageReader;
import org.bulletinpipeline.testsupport.Samples;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Characters per second on one thread, side by side: raw HanLP segmentation with recognition on, our page reading
 * alone, and the full extraction. A benchmark, not a test: it runs only with {@code -Pbench} and reports figures to
 * target/bench/extraction.md; it asserts nothing about time.
 * <p>
 * {@code ./mvnw -B -pl test-support,nlp-service -am -Pbench test}
 */
@Tag("bench")
class ExtractionThroughputBench {

    private static final int WARMUP_ROUNDS = 30;
    private static final long MEASURE_NANOS = 10_000_000_000L;

    @Test
    void charactersPerSecond() throws Exception {
        List<String> texts = Samples.NAMES.stream().map(Samples::text).toList();
        long chars = texts.stream().mapToLong(String::length).sum();
        Segment hanlp = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true)
                .enableOrganizationRecognize(true);
        PageReader pageReader = new PageReader();
        BulletinExtractor extractor = BulletinExtractor.createDefault();

        double raw = rate(texts, chars, hanlp::seg);
        double structure = rate(texts, chars, t -> pageReader.read(t, SourceHints.none()));
        double full = rate(texts, chars, t -> extractor.extract(t, SourceHints.none()));

        String table = String.format(Locale.ROOT, """
                | step (one thread, %d sample chars per round) | chars/s | time relative to raw HanLP |
                |---|---|---|
                | raw HanLP segmentation, name/place/organization recognition on | %,.0f | 100%% |
                | page reading (normalization, masthead, segmentation, bylines, datelines) | %,.0f | %.1f%% |
                | full extraction (page reading + entities, facts, quotes, keywords, summary, topics) | %,.0f | %.1f%% |
                """, chars, raw, structure, 100 * raw / structure, full, 100 * raw / full);
        Path out = Path.of("target/bench/extraction.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table, StandardCharsets.UTF_8);
        System.err.println(table);
        assertFalse(table.isBlank());
    }

    /** Warms up, then runs rounds over all texts for a fixed time; characters processed per second. */
    private static double rate(List<String> texts, long chars, Consumer<String> step) {
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            texts.forEach(step);
        }
        long rounds = 0;
        long start = System.nanoTime();
        while (System.nanoTime() - start < MEASURE_NANOS) {
            texts.forEach(step);
            rounds++;
        }
        return rounds * chars / ((System.nanoTime() - start) / 1e9);
    }
}
