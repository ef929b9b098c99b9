package org.bulletinpipeline.nlp.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.bulletinpipeline.nlp.event.ArticleEventMapper;
import org.bulletinpipeline.nlp.extract.BulletinExtractor;
import org.bulletinpipeline.nlp.extract.model.Extraction;
import org.bulletinpipeline.nlp.extract.model.SourceHints;
import org.junit.jupiter.api.Test;

/**
 * Runs the extraction over the bundled samples and writes predictions to target/entity-pred for score.py. The
 * gold year is handed in as the source's publication year, standing in for the page reader's year resolution
 * so that the entity layer can be measured on its own.
 */
class EntityEvaluationTest {

    @Test
    void writesEntityPredictions() throws Exception {
        Path samples = Path.of(getClass().getResource("/samples").toURI());
        Path gold = Path.of(getClass().getResource("/gold").toURI());
        Path out = Path.of("target/entity-pred");
        Files.createDirectories(out);
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
        BulletinExtractor extractor = BulletinExtractor.createDefault();
        List<Path> inputs;
        try (Stream<Path> files = Files.list(samples)) {
            inputs = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path input : inputs) {
            String name = input.getFileName().toString().replaceFirst("\\.txt$", "");
            JsonNode goldFile = json.readTree(gold.resolve(name + ".json").toFile());
            SourceHints hints = goldFile.path("year").isInt()
                    ? new SourceHints(null, LocalDate.of(goldFile.path("year").asInt(), 1, 1)) : SourceHints.none();
            Extraction extraction = extractor.extract(Files.readString(input, StandardCharsets.UTF_8), hints);
            Map<String, Object> prediction = new LinkedHashMap<>();
            prediction.put("masthead", ArticleEventMapper.masthead(extraction.masthead()));
            prediction.put("articles", ArticleEventMapper.toEvents(name, null, extraction, "test", Instant.now()));
            json.writeValue(out.resolve(name + ".json").toFile(), prediction);
        }
        assertEquals(3, inputs.size());
    }
}
