package org.bulletinpipeline.nlp.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.bulletinpipeline.nlp.cli.ExtractCli;
import org.bulletinpipeline.nlp.extract.BulletinExtractor;
import org.bulletinpipeline.testsupport.Samples;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * The same pages as a different newsroom system would send them must read the same: with full-width punctuation
 * ({@code ，（）：；！？}), CRLF line ends, extra blank lines, and a page break cutting a word of a body paragraph in
 * two. Every variant is scored against the gold like its original, and every column must stay within
 * {@value #TOLERANCE}. Runs over the bundled samples, and over a development set when
 * {@code BULLETIN_DEV_PAGES} (environment) or {@code bulletin.devPages} (system property) names its folder
 * ({@code pages/*.txt}, {@code gold/*.json}; the pages stay out of the repository).
 */
class PageVariantsTest {

    private static final double TOLERANCE = 0.01;
    private static final String ASCII_PUNCTUATION = ",():;!?";
    /** A page break lands inside a long paragraph of running text, not in a headline or credit. */
    private static final int MIN_CUT_PARAGRAPH = 40;

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final ExtractCli CLI = new ExtractCli(BulletinExtractor.createDefault());

    private record Page(String name, String text, JsonNode gold) {
    }

    private static final Map<String, UnaryOperator<String>> VARIANTS = new LinkedHashMap<>();

    static {
        VARIANTS.put("full-width punctuation", PageVariantsTest::fullWidth);
        VARIANTS.put("CRLF line ends", text -> text.replace("\n", "\r\n"));
        VARIANTS.put("extra blank lines", text -> "\n\n" + text.replace("\n\n", "\n\n\n\n") + "\n\n");
        VARIANTS.put("page break inside a word", PageVariantsTest::pageBreak);
    }

    @TestFactory
    Stream<DynamicTest> samplesReadTheSameInEveryVariant() throws IOException {
        List<Page> pages = new ArrayList<>();
        for (String name : Samples.NAMES) {
            pages.add(new Page(name, Samples.text(name), JSON.readTree(Samples.gold(name))));
        }
        return variantTests(pages);
    }

    @TestFactory
    Stream<DynamicTest> developmentPagesReadTheSameInEveryVariant() throws IOException {
        String folder = System.getProperty("bulletin.devPages", System.getenv("BULLETIN_DEV_PAGES"));
        if (folder == null || !Files.isDirectory(Path.of(folder, "pages"))) {
            return Stream.empty();
        }
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(folder, "pages"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
                Path gold = Path.of(folder, "gold", name + ".json");
                if (Files.exists(gold)) {
                    pages.add(new Page(name, Files.readString(file, StandardCharsets.UTF_8), JSON.readTree(gold.toFile())));
                }
            }
        }
        return variantTests(pages);
    }

    private static Stream<DynamicTest> variantTests(List<Page> pages) {
        Map<String, Map<String, Double>> original = score(pages, UnaryOperator.identity());
        return VARIANTS.entrySet().stream().map(variant -> DynamicTest.dynamicTest(variant.getKey(), () -> {
            Map<String, Map<String, Double>> changed = score(pages, variant.getValue());
            List<Executable> columns = new ArrayList<>();
            original.forEach((column, metrics) -> metrics.forEach((metric, value) -> {
                if (!metric.equals("n")) {
                    double now = changed.get(column).get(metric);
                    columns.add(() -> assertTrue(Math.abs(now - value) <= TOLERANCE,
                            () -> String.format("%s %s: %.3f, originally %.3f", column, metric, now, value)));
                }
            }));
            assertAll(variant.getKey(), columns);
        }));
    }

    private static Map<String, Map<String, Double>> score(List<Page> pages, UnaryOperator<String> variant) {
        GoldScorer scorer = new GoldScorer();
        for (Page page : pages) {
            JsonNode prediction = JSON.valueToTree(CLI.predict(page.name(), variant.apply(page.text())));
            scorer.addBulletin(page.gold(), prediction);
        }
        return scorer.summary();
    }

    /** The ASCII punctuation of the text in its full-width form ({@code ,} → {@code \uFF0C}). */
    static String fullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(ASCII_PUNCTUATION.indexOf(c) >= 0 ? (char) (c + 0xFEE0) : c);
        }
        return out.toString();
    }

    /**
     * The text with a page break ({@code \n\n}) between two Chinese characters in the middle of the longest body
     * paragraph of its middle third, as a layout dump cuts a word at the bottom of a column ({@code 鲜} / {@code 艳的}).
     */
    static String pageBreak(String text) {
        int from = text.length() / 3;
        int to = 2 * text.length() / 3;
        int bestStart = -1;
        int bestLength = 0;
        int lineStart = text.lastIndexOf('\n', from) + 1;
        while (lineStart < to) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int length = lineEnd - lineStart;
            if (length > bestLength && length >= MIN_CUT_PARAGRAPH && text.charAt(lineEnd - 1) == '\u3002') {
                bestStart = lineStart;
                bestLength = length;
            }
            lineStart = lineEnd + 1;
        }
        if (bestStart < 0) {
            return text;
        }
        for (int at = bestStart + bestLength / 2; at < bestStart + bestLength - 1; at++) {
            if (isHan(text.charAt(at - 1)) && isHan(text.charAt(at))) {
                return text.substring(0, at) + "\n\n" + text.substring(at);
            }
        }
        return text;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
