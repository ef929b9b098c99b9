package org.bulletinpipeline.ingest.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

import org.bulletinpipeline.ingest.ledger.BackwardImport;
import org.bulletinpipeline.ingest.ledger.BulletinLedger;
import org.bulletinpipeline.ingest.service.IngestConfig;
import org.junit.jupiter.api.Test;

/**
 * Dependencies in ingest-service point one way: the ways in (REST, the watched folder, feed subscriptions) call the
 * service, the service uses the domain (document formats, text decoding, refusals), and both write through the
 * emitters (the ledger, the Kafka publisher). An import the other way round (the ledger reading the service's
 * configuration, a format throwing the service's exception) fails this test.
 */
class LayerDependenciesTest {

    private static final LayeredArchitecture LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Ways in").definedBy("..ingest.rest..", "..ingest.watch..", "..ingest.subscription..")
            .layer("Service").definedBy("..ingest.service..")
            .layer("Domain").definedBy("..ingest.format..", "..ingest.encoding..", "..ingest.refusal..")
            .layer("Emitters").definedBy("..ingest.ledger..", "..ingest.messaging..")
            .whereLayer("Ways in").mayNotBeAccessedByAnyLayer()
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Ways in")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Ways in", "Service")
            .whereLayer("Emitters").mayOnlyBeAccessedByLayers("Ways in", "Service", "Domain");

    @Test
    void dependenciesPointOneWay() {
        JavaClasses service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.bulletinpipeline.ingest");
        assertTrue(service.contain(BulletinLedger.class), "the service's own classes are what is checked");
        LAYERS.check(service);
    }

    @Test
    void anEmitterImportingTheServiceIsCaught() {
        JavaClasses backward = new ClassFileImporter().importClasses(BackwardImport.class, IngestConfig.class);
        AssertionError failure = assertThrows(AssertionError.class, () -> LAYERS.check(backward));
        assertTrue(failure.getMessage().contains(BackwardImport.class.getName()), failure.getMessage());
    }
}
