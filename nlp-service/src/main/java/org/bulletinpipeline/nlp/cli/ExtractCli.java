package org.bulletinpipeline.nlp.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.bulletinpipeline.contracts.event.BulletinSource;
import org.bulletinpipeline.nlp.event.ArticleEventMapper;
import org.bulletinpipeline.nlp.extract.BulletinExtractor;
import org.bulletinpipeline.nlp.extract.model.Extraction;
import org.bulletinpipeline.nlp.extract.model.SourceHints;

/**
 * Runs the extraction core over every {@code .txt} file of a folder and writes one prediction JSON per file
 * ({@code {"masthead": …, "articles": […]}}, the shape {@code POST /api/extract} answers and the scorer reads).
 * A file named after its issue date ({@code rmrb_20200131_p01.txt}, {@code 2020-01-31.txt}) is extracted with that
 * date as {@code source.publishedOn}, as the feed would send it. Usage: {@code ExtractCli IN_DIR OUT_DIR}.
 */
public final class ExtractCli {

    /** An issue date in a file name: eight digits, or year, month and day separated by dashes. */
    private static final Pattern DATE_IN_NAME = Pattern.compile("(?<![0-9])(\\d{4})-?(\\d{2})-?(\\d{2})(?![0-9])");

    private final BulletinExtractor extractor;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    public ExtractCli(BulletinExtractor extractor) {
        this.extractor = extractor;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ExtractCli IN_DIR OUT_DIR");
            System.exit(2);
        }
        List<Path> written = new ExtractCli(BulletinExtractor.createDefault()).run(Path.of(args[0]), Path.of(args[1]));
        System.err.println("wrote " + written.size() + " predictions to " + args[1]);
    }

    public List<Path> run(Path in, Path out) throws IOException {
        Files.createDirectories(out);
        List<Path> inputs;
        try (Stream<Path> files = Files.list(in)) {
            inputs = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path input : inputs) {
            String name = input.getFileName().toString().replaceFirst("\\.txt$", "");
            write(name, Files.readString(input, StandardCharsets.UTF_8), out);
        }
        return inputs;
    }

    /** Writes the prediction for one bulletin to {@code out/<name>.json}. */
    public void write(String name, String text, Path out) throws IOException {
        Files.createDirectories(out);
        json.writeValue(out.resolve(name + ".json").toFile(), predict(name, text));
    }

    public Map<String, Object> predict(String bulletinId, String text) {
        LocalDate publishedOn = publishedOnOf(bulletinId);
        Extraction extraction = extractor.extract(text, new SourceHints(null, publishedOn));
        BulletinSource source = new BulletinSource(null, null, publishedOn, null, bulletinId + ".txt", null);
        Map<String, Object> prediction = new LinkedHashMap<>();
        prediction.put("masthead", ArticleEventMapper.masthead(extraction.masthead()));
        prediction.put("articles", ArticleEventMapper.toEvents(bulletinId, source, extraction, "cli", Instant.now()));
        return prediction;
    }

    /** The issue date a file name carries ({@code rmrb_20200131_p01} → 2020-01-31), or null. */
    static LocalDate publishedOnOf(String name) {
        Matcher m = DATE_IN_NAME.matcher(name);
        while (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                // eight digits that are no date (an id): look further
            }
        }
        return null;
    }
}
