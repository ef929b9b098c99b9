package org.bulletinpipeline.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Starts the three packaged services before a test class and stops them after it. */
abstract class PipelineTestBase {

    static Pipeline pipeline;

    @BeforeAll
    static void startServices() throws Exception {
        pipeline = new Pipeline().start();
    }

    @AfterAll
    static void stopServices() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
    }
}
