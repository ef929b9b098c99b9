package org.bulletinpipeline.nlp.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;

import org.bulletinpipeline.nlp.extract.BulletinExtractor;
import org.bulletinpipeline.nlp.extract.model.SourceHints;

/**
 * Throughput of the full extraction core side by side with HanLP's own segmentation (name recognition on) over a
 * folder of bulletins, in characters per second on the calling thread. Rounds alternate between the two so both
 * see the same machine load; the first rounds warm the JIT and are not reported.
 *
 * <p>Usage: {@code EntityBenchmark SAMPLES_DIR [ROUNDS]}; see docs/entity-layer.md for the command line.
 */
public final class EntityBenchmark {

    private EntityBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "test-support/src/main/resources/samples");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        BulletinExtractor extractor = BulletinExtractor.createDefault();
        Segment hanlp = HanLP.newSegment().enableNameRecognize(true).enableOffset(true);
        int repeat = 20;
        double extractionTotal = 0;
        double hanlpTotal = 0;
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < repeat; i++) {
                texts.forEach(t -> extractor.extract(t, SourceHints.none()));
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < repeat; i++) {
                texts.forEach(hanlp::seg);
            }
            long t2 = System.nanoTime();
            if (round >= 3) {
                extractionTotal += (t1 - t0) / 1e9;
                hanlpTotal += (t2 - t1) / 1e9;
            }
        }
        double measured = (double) chars * repeat * (rounds - 3);
        System.out.printf(Locale.ROOT, "%d chars x %d x %d rounds%nfull extraction: %,.0f chars/s%n"
                + "HanLP segmentation (name recognition on): %,.0f chars/s%nratio: %.2f%n", chars, repeat, rounds - 3,
                measured / extractionTotal, measured / hanlpTotal, extractionTotal / hanlpTotal);
    }
}
