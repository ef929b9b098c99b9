package org.bulletinpipeline.nlp.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import org.junit.jupiter.api.Test;

/** The rules catch what they are for, on small services under {@code fixture} built to break one rule each. */
class ExtractionArchitectureTest {

    private static final String FIXTURE = "org.bulletinpipeline.nlp.architecture.fixture";

    private static JavaClasses service(String root) {
        return new ClassFileImporter().importPackages(root);
    }

    /** A fixture holds only the packages its case needs, so the other layers are empty. */
    private static ArchRule layers(String root) {
        return ExtractionArchitecture.layers(root).withOptionalLayers(true);
    }

    @Test
    void aBuildingBlockImportingAStepBreaksTheLayers() {
        String root = FIXTURE + ".backward";
        EvaluationResult result = layers(root).evaluate(service(root));
        assertTrue(result.hasViolation());
        assertTrue(result.getFailureReport().toString().contains("Block"), result.getFailureReport().toString());
    }

    @Test
    void aStepImportingPageReaderBreaksTheLayersThoughTheyShareAPackageName() {
        String root = FIXTURE + ".upward";
        EvaluationResult result = layers(root).evaluate(service(root));
        assertTrue(result.hasViolation());
        assertTrue(result.getFailureReport().toString().contains("BylineStep"), result.getFailureReport().toString());
    }

    @Test
    void twoStepsReadingEachOtherAreACycle() {
        String root = FIXTURE + ".cycle";
        assertTrue(ExtractionArchitecture.noCyclesBetweenExtractPackages(root).evaluate(service(root)).hasViolation());
        assertFalse(layers(root).evaluate(service(root)).hasViolation(),
                "steps may read steps; only the cycle is wrong");
    }

    @Test
    void layersWithoutABackwardImportPass() {
        String root = FIXTURE + ".upward";
        assertFalse(ExtractionArchitecture.noCyclesBetweenExtractPackages(root).evaluate(service(root))
                .hasViolation());
    }
}
