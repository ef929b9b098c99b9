package org.bulletinpipeline.nlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.bulletinpipeline.nlp.cli.ExtractCli;
import org.bulletinpipeline.nlp.extract.BulletinExtractor;
import org.junit.jupiter.api.Test;

/** Runs the extraction core over the bundled samples and writes predictions to target/eval-pred. */
class GoldEvaluationTest {

    @Test
    void writesOnePredictionPerSample() throws Exception {
        Path samples = Path.of(getClass().getResource("/samples").toURI());
        List<Path> written = new ExtractCli(BulletinExtractor.createDefault()).run(samples, Path.of("target/eval-pred"));
        assertEquals(3, written.size());
    }
}
