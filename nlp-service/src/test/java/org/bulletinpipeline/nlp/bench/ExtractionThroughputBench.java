package org.bulletinpipeline.nlp.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.management.ManagementFactory;
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
 * The three steps take turns round by round (each round runs every sample through one step, then the next), so a
 * change in the machine's load during the run weighs on all three alike and their ratio holds on a shared machine.
 * <p>
 * {@code ./mvnw -B -pl test-support,nlp-service -am -Pbench test -Dtest=ExtractionThroughputBench}
 */
@Tag("bench")
class ExtractionThroughputBench {

    private static final int WARMUP_ROUNDS = 30;
    private static final long MEASURE_NANOS = 30_000_000_000L;

    @Test
    void charactersPerSecond() throws Exception {
        List<String> texts = Samples.NAMES.stream().map(Samples::text).toList();
        long chars = texts.stream().mapToLong(String::length).sum();
        Segment hanlp = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true)
                .enableOrganizationRecognize(true);
        PageReader pageReader = new PageReader();
        BulletinExtractor extractor = BulletinExtractor.createDefault();
        List<Consumer<String>> steps = List.of(hanlp::seg, t -> pageReader.read(t, SourceHints.none()),
                t -> extractor.extract(t, SourceHints.none()));

        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        double[] rate = rates(texts, chars, steps);
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        double raw = rate[0];
        double structure = rate[1];
        double full = rate[2];

        String table = String.format(Locale.ROOT, """
                | step (one thread, %d sample chars per round) | chars/s | time relative to raw HanLP |
                |---|---|---|
                | raw HanLP segmentation, name/place/organization recognition on | %,.0f | 100%% |
                | page reading (normalization, masthead, segmentation, bylines, datelines) | %,.0f | %.1f%% |
                | full extraction (page reading + entities, facts, quotes, keywords, summary, topics) | %,.0f | %.1f%% |

                Full extraction at %.2f x raw HanLP; load average %.1f before, %.1f after.
                """, chars, raw, structure, 100 * raw / structure, full, 100 * raw / full, full / raw, loadBefore,
                loadAfter);
        Path out = Path.of("target/bench/extraction.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table, StandardCharsets.UTF_8);
        System.err.println(table);
        assertFalse(table.isBlank());
    }

    /**
     * Warms each step up, then runs rounds over all texts for a fixed time, the steps in turn; characters each
     * step processed per second of its own rounds.
     */
    private static double[] rates(List<String> texts, long chars, List<Consumer<String>> steps) {
        for (Consumer<String> step : steps) {
            for (int i = 0; i < WARMUP_ROUNDS; i++) {
                texts.forEach(step);
            }
        }
        long[] nanos = new long[steps.size()];
        long rounds = 0;
        long start = System.nanoTime();
        while (System.nanoTime() - start < MEASURE_NANOS) {
            for (int s = 0; s < steps.size(); s++) {
                long begin = System.nanoTime();
                texts.forEach(steps.get(s));
                nanos[s] += System.nanoTime() - begin;
            }
            rounds++;
        }
        double[] rates = new double[steps.size()];
        for (int s = 0; s < steps.size(); s++) {
            rates[s] = rounds * chars / (nanos[s] / 1e9);
        }
        return rates;
    }
}
