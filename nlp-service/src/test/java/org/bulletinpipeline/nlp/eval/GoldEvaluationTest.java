package org.bulletinpipeline.nlp.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.bulletinpipeline.nlp.cli.ExtractCli;
import org.bulletinpipeline.nlp.extract.BulletinExtractor;
import org.bulletinpipeline.testsupport.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;

/**
 * The in-build evaluation: runs the extraction core over the bundled samples ({@code /samples}), writes one
 * prediction per bulletin to {@code target/eval-pred} (the files {@code eval/score.py --pred} reads), scores them
 * against the bundled gold ({@code /gold}) with {@link GoldScorer} and fails under the agreed floors. The table is
 * written beside them ({@code target/eval-pred-score.txt}). {@link GoldEvaluationIT} holds the packaged service to the same floors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldEvaluationTest {

    static final double SEGMENT_F1_FLOOR = 0.95;
    static final double TITLE_EXACT_FLOOR = 0.95;
    static final double KICKER_FLOOR = 0.90;
    static final double SUBTITLE_FLOOR = 0.90;
    static final double KIND_FLOOR = 0.90;
    static final double BYLINES_F1_FLOOR = 0.95;
    static final double DATELINE_FLOOR = 0.95;
    static final double MASTHEAD_FLOOR = 0.95;

    /** Entity-layer floors. */
    static final double PERSON_F1_FLOOR = 0.95;
    static final double PERSON_TITLE_RECALL_FLOOR = 0.90;
    static final double PLACE_F1_FLOOR = 0.90;
    static final double PLACE_LEVEL_FLOOR = 0.90;
    static final double ORG_STRICT_F1_FLOOR = 0.85;
    static final double ORG_RELAXED_F1_FLOOR = 0.90;
    static final double FACTS_F1_FLOOR = 0.90;

    static final ObjectMapper JSON = new ObjectMapper();

    private GoldScorer total;
    private String table;

    /** Writes one prediction per bulletin into {@code predictions}, as {@code eval/score.py --pred} reads them. */
    void predict(List<String> bulletins, Path predictions) throws Exception {
        ExtractCli cli = new ExtractCli(BulletinExtractor.createDefault());
        for (String bulletin : bulletins) {
            // the samples come from the test-support jar in a reactor build, so they are read as resources
            cli.write(bulletin, Samples.text(bulletin), predictions);
        }
    }

    Path predictions() {
        return Path.of("target/eval-pred");
    }

    /** Once per class; in @BeforeEach because a packaged service's port is known to RestAssured only there. */
    @BeforeEach
    void extractAndScore() throws Exception {
        if (total != null) {
            return;
        }
        List<String> bulletins = Samples.NAMES;
        Path predictions = predictions();
        predict(bulletins, predictions);
        total = new GoldScorer();
        List<String> rows = new ArrayList<>();
        for (String bulletin : bulletins) {
            JsonNode gold = gold(bulletin);
            JsonNode pred = JSON.readTree(predictions.resolve(bulletin + ".json").toFile());
            GoldScorer one = new GoldScorer();
            one.addBulletin(gold, pred);
            total.addBulletin(gold, pred);
            rows.add(one.row(bulletin));
        }
        rows.add(total.row("TOTAL (micro)"));
        table = String.join("\n", rows);
        Files.writeString(predictions.resolveSibling(predictions.getFileName() + "-score.txt"), table + "\n" + JSON.writeValueAsString(total.summary())
                + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void pageReadingMeetsItsFloors() {
        assertAll("page reading on the dev set\n" + table,
                floor("segmentation F1", total.segment::f1, SEGMENT_F1_FLOOR),
                floor("title exact", total.title::value, TITLE_EXACT_FLOOR),
                floor("kicker", total.kicker::value, KICKER_FLOOR),
                floor("subtitle", total.subtitle::value, SUBTITLE_FLOOR),
                floor("kind", total.kind::value, KIND_FLOOR),
                floor("bylines F1", total.bylines::f1, BYLINES_F1_FLOOR),
                floor("dateline", total.dateline::value, DATELINE_FLOOR),
                floor("masthead", total.masthead::value, MASTHEAD_FLOOR));
    }

    @Test
    void entityLayerMeetsItsFloors() {
        assertAll("entities on the dev set\n" + table,
                floor("person F1", total.person::f1, PERSON_F1_FLOOR),
                floor("person title recall", total.personTitles::value, PERSON_TITLE_RECALL_FLOOR),
                floor("place F1", total.place::f1, PLACE_F1_FLOOR),
                floor("place level accuracy", total.placeLevel::value, PLACE_LEVEL_FLOOR),
                floor("organization strict F1", total.org::f1, ORG_STRICT_F1_FLOOR),
                floor("organization relaxed F1", total.orgRelaxed::f1, ORG_RELAXED_F1_FLOOR),
                floor("facts F1", total.facts::f1, FACTS_F1_FLOOR));
    }

    private static Executable floor(String metric, DoubleSupplier value, double floor) {
        return () -> assertTrue(value.getAsDouble() >= floor,
                () -> String.format("%s %.3f is under its floor %.2f", metric, value.getAsDouble(), floor));
    }

    private static JsonNode gold(String bulletin) throws IOException {
        try (InputStream in = GoldEvaluationTest.class.getResourceAsStream("/gold/" + bulletin + ".json")) {
            if (in == null) {
                throw new IOException("no gold for " + bulletin + " on the classpath");
            }
            return JSON.readTree(in);
        }
    }
}
