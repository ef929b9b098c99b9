package org.bulletinpipeline.nlp.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.bulletinpipeline.nlp.extract.BulletinExtractor;
import org.bulletinpipeline.nlp.extract.HostileInputTestPages;
import org.bulletinpipeline.nlp.extract.model.SourceHints;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How the full extraction's time grows with the size of a hostile page: each shape of {@code HostileInputTest} at
 * 1 MiB and 2 MiB of UTF-8, after a warm-up at 128 KiB, the best of {@value #RUNS} runs each. Linear work costs
 * about twice as much at twice the size; quadratic work four times. Reports to target/bench/hostile.md; asserts
 * nothing about time.
 * <p>
 * {@code ./mvnw -B -pl test-support,nlp-service -am -Pbench test -Dtest=HostileInputBench}
 */
@Tag("bench")
class HostileInputBench {

    private static final int MIB = 1024 * 1024;
    private static final int RUNS = 2;

    @Test
    void timeGrowsLinearlyWithSize() throws Exception {
        BulletinExtractor extractor = BulletinExtractor.createDefault();
        StringBuilder table = new StringBuilder("""
                | shape | 1 MiB s | 2 MiB s | 2 MiB / 1 MiB |
                |---|---|---|---|
                """);
        for (String shape : HostileInputTestPages.SHAPES) {
            extractor.extract(HostileInputTestPages.page(shape, 128 * 1024), SourceHints.none());
            double one = best(extractor, HostileInputTestPages.page(shape, MIB));
            double two = best(extractor, HostileInputTestPages.page(shape, 2 * MIB));
            table.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |%n", shape, one, two, two / one));
        }
        Path out = Path.of("target/bench/hostile.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table, StandardCharsets.UTF_8);
        System.err.println(table);
        assertFalse(table.isEmpty());
    }

    private static double best(BulletinExtractor extractor, String text) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            extractor.extract(text, SourceHints.none());
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }
}
