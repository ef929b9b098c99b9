package org.bulletinpipeline.nlp.extract;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;

import org.bulletinpipeline.nlp.extract.model.SourceHints;
import org.bulletinpipeline.nlp.extract.segment.PageReader;
import org.bulletinpipeline.contracts.BulletinIds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pages no newsroom prints, each of a shape that makes backtracking or per-match rescans super-linear. The page
 * reader and the bulletin id take them at ingest's size limit (5 MiB of UTF-8), the full extraction, HanLP
 * included, at a tenth of it. Hang guards, not speed goals: the timeouts are minutes where the work takes seconds;
 * the speed and its linear growth are measured by {@code HostileInputBench} ({@code -Pbench}).
 */
class HostileInputTest {

    static final int LIMIT_BYTES = 5 * 1024 * 1024;
    private static final Duration HANG = Duration.ofMinutes(3);
    private static BulletinExtractor extractor;
    private static PageReader pageReader;

    @BeforeAll
    static void load() {
        extractor = BulletinExtractor.createDefault();
        pageReader = new PageReader();
    }

    static Stream<Arguments> shapes() {
        return HostileInputTestPages.SHAPES.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void thePageReaderAndTheIdTakeItAtTheSizeLimit(String shape) {
        String text = HostileInputTestPages.page(shape, LIMIT_BYTES);
        assertNotNull(assertTimeoutPreemptively(HANG, () -> BulletinIds.of(text)));
        assertNotNull(assertTimeoutPreemptively(HANG, () -> pageReader.read(text, SourceHints.none())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void theFullExtractionTakesIt(String shape) {
        String text = HostileInputTestPages.page(shape, LIMIT_BYTES / 10);
        assertNotNull(assertTimeoutPreemptively(HANG, () -> extractor.extract(text, SourceHints.none())));
    }
}
