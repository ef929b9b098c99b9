package org.bulletinpipeline.query;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.hibernate.Session;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The packages of query-service in layers, each using only those below it (docs/architecture.md): entry points
 * (rest, messaging, stream, ui) &rarr; services (service, format, export, admission) &rarr; repositories and
 * emitters &rarr; domain (search, view, event, place, mediatopic). A class that uses one of a layer above its
 * own fails the build, naming both classes and the line.
 */
class LayersTest {

    private static final String ROOT = "org.bulletinpipeline.query";

    /**
     * The messaging classes that publish (DeadLetterPublisher, DeadLetterRetryPublisher): outbound, like a
     * repository, so a service may send through them; told apart by the emitter they hold.
     */
    private static final DescribedPredicate<JavaClass> EMITTER = DescribedPredicate.describe(
            "a class holding an emitter", c -> c.getFields().stream().anyMatch(f ->
                    f.getRawType().getName().equals("io.smallrye.reactive.messaging.MutinyEmitter")
                            || f.getRawType().getName().equals("org.eclipse.microprofile.reactive.messaging.Emitter")));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(ROOT);
    }

    @Test
    void everyPackageUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Entry points").definedBy(resideInAnyPackage(ROOT + ".rest..", ROOT + ".messaging..",
                        ROOT + ".stream..", ROOT + ".ui..").and(DescribedPredicate.not(EMITTER)))
                .layer("Services").definedBy(ROOT + ".service..", ROOT + ".format..", ROOT + ".export..",
                        ROOT + ".admission..")
                .layer("Repositories and emitters").definedBy(resideInAnyPackage(ROOT + ".repository..").or(EMITTER))
                .layer("Domain").definedBy(ROOT + ".search..", ROOT + ".view..", ROOT + ".event..",
                        ROOT + ".place..", ROOT + ".mediatopic..")
                .whereLayer("Entry points").mayNotBeAccessedByAnyLayer()
                .whereLayer("Services").mayOnlyBeAccessedByLayers("Entry points")
                .whereLayer("Repositories and emitters").mayOnlyBeAccessedByLayers("Entry points", "Services")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Entry points", "Services", "Repositories and emitters")
                .check(classes);
    }

    @Test
    void everyClassBelongsToALayer() {
        classes().that().resideInAPackage(ROOT + "..")
                .should().resideInAnyPackage(ROOT + ".rest..", ROOT + ".messaging..", ROOT + ".stream..",
                        ROOT + ".ui..", ROOT + ".service..", ROOT + ".format..", ROOT + ".export..",
                        ROOT + ".admission..", ROOT + ".repository..", ROOT + ".search..", ROOT + ".view..",
                        ROOT + ".event..", ROOT + ".place..", ROOT + ".mediatopic..")
                .check(classes);
    }

    /** Outside the repositories a database's exceptions may be told apart (DatabaseRetry), never a query run. */
    @Test
    void onlyRepositoriesReachTheDatabase() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".repository..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "javax.sql..",
                        "io.quarkus.hibernate.orm..")
                .orShould().dependOnClassesThat().belongToAnyOf(Connection.class, PreparedStatement.class,
                        ResultSet.class, Session.class)
                .check(classes);
    }

    @Test
    void packagesDoNotDependOnEachOtherInACircle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }
}
