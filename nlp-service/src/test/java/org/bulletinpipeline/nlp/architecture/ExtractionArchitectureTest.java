package org.bulletinpipeline.nlp.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import org.junit.jupiter.api.Test;

/** The rules catch what they are for, on small services under {@code fixture} built to break one rule each. */
class ExtractionArchitectureTest {

    private static final String FIXTURE = "org.bulletinpipeline.nlp.architecture.fixture";

    private static JavaClasses service(String root) {
        return new ClassFileImporter().importPackages(root);
    }

    /**
     * The layer violations of the fixture service {@code name}, one line each. A fixture holds only the packages its
     * case needs, so the other layers are empty.
     */
    private static List<String> layerViolations(String name) {
        String root = FIXTURE + "." + name;
        return ExtractionArchitecture.layers(root).withOptionalLayers(true).evaluate(service(root))
                .getFailureReport().getDetails();
    }

    private static boolean hasCycle(String name) {
        String root = FIXTURE + "." + name;
        return ExtractionArchitecture.noCyclesBetweenExtractPackages(root).evaluate(service(root)).hasViolation();
    }

    @Test
    void aBuildingBlockImportingAStepBreaksTheLayers() {
        List<String> violations = layerViolations("backward");
        assertTrue(violations.stream().anyMatch(line -> line.contains("Block")), violations.toString());
    }

    @Test
    void aStepImportingPageReaderBreaksTheLayersThoughTheyShareAPackageName() {
        List<String> violations = layerViolations("upward");
        assertTrue(violations.stream().anyMatch(line -> line.contains("BylineStep")), violations.toString());
    }

    @Test
    void twoStepsReadingEachOtherAreACycleThoughStepsMayReadSteps() {
        assertTrue(hasCycle("cycle"));
        assertEquals(List.of(), layerViolations("cycle"));
    }

    @Test
    void importsOneWayAreNoCycle() {
        assertFalse(hasCycle("backward"));
        assertFalse(hasCycle("upward"));
    }
}
