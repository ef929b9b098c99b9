package org.bulletinpipeline.nlp.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bulletinpipeline.nlp.cli.ExtractCli;
import org.bulletinpipeline.nlp.extract.BulletinExtractor;
import org.bulletinpipeline.testsupport.Samples;
import org.junit.jupiter.api.Test;

/** Runs the extraction core over the bundled samples and writes predictions to target/eval-pred. */
class GoldEvaluationTest {

    @Test
    void writesOnePredictionPerSample() throws Exception {
        ExtractCli cli = new ExtractCli(BulletinExtractor.createDefault());
        Path out = Path.of("target/eval-pred");
        for (String name : Samples.NAMES) {
            cli.write(name, Samples.text(name), out);
            assertTrue(Files.size(out.resolve(name + ".json")) > 0);
        }
    }
}
