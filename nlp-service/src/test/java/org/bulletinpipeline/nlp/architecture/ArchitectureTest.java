package org.bulletinpipeline.nlp.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/** nlp-service's own classes follow {@link ExtractionArchitecture}; a violation names the class and the import. */
class ArchitectureTest {

    private static final String ROOT = "org.bulletinpipeline.nlp";
    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void dependenciesPointFromTheEntryPointsDownToTheBuildingBlocks() {
        ExtractionArchitecture.layers(ROOT).check(SERVICE);
    }

    @Test
    void theExtractPackagesFormNoCycle() {
        ExtractionArchitecture.noCyclesBetweenExtractPackages(ROOT).check(SERVICE);
    }

    @Test
    void theExtractionCoreIsPlainJava() {
        ExtractionArchitecture.plainJavaCore(ROOT).check(SERVICE);
    }
}
