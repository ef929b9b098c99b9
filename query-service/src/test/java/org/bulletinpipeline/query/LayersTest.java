package org.bulletinpipeline.query;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.bulletinpipeline.query.repository.BackwardUse;
import org.bulletinpipeline.query.service.ArticleSearch;
import org.hibernate.Session;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages of query-service in layers, each using only those below it (docs/architecture.md): entry points
 * (rest, messaging, stream, ui) &rarr; services (service, format, export, admission) &rarr; repositories and
 * emitters &rarr; domain (search, view, event, place). A class that uses one of a layer above its
 * own fails the build, naming both classes and the line.
 */
class LayersTest {

    private static final String ROOT = "org.bulletinpipeline.query";
    private static final String[] ENTRY_POINTS = {ROOT + ".rest..", ROOT + ".messaging..", ROOT + ".stream..",
        ROOT + ".ui.."};
    private static final String[] SERVICES = {ROOT + ".service..", ROOT + ".format..", ROOT + ".export..",
        ROOT + ".admission.."};
    private static final String REPOSITORIES = ROOT + ".repository..";
    private static final String[] DOMAIN = {ROOT + ".search..", ROOT + ".view..", ROOT + ".event..", ROOT + ".place.."};

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

    private static ArchRule layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Entry points").definedBy(resideInAnyPackage(ENTRY_POINTS).and(DescribedPredicate.not(EMITTER)))
                .layer("Services").definedBy(SERVICES)
                .layer("Repositories and emitters").definedBy(resideInAnyPackage(REPOSITORIES).or(EMITTER))
                .layer("Domain").definedBy(DOMAIN)
                .whereLayer("Entry points").mayNotBeAccessedByAnyLayer()
                .whereLayer("Services").mayOnlyBeAccessedByLayers("Entry points")
                .whereLayer("Repositories and emitters").mayOnlyBeAccessedByLayers("Entry points", "Services")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Entry points", "Services",
                        "Repositories and emitters");
    }

    @Test
    void everyPackageUsesOnlyTheLayersBelowIt() {
        layers().check(classes);
    }

    @Test
    void aRepositoryCallingAServiceIsRefused() {
        JavaClasses backward = new ClassFileImporter().importClasses(BackwardUse.class, ArticleSearch.class);
        AssertionError failure = assertThrows(AssertionError.class, () -> layers().check(backward));
        assertTrue(failure.getMessage().contains(BackwardUse.class.getName() + ".searchFromBelow"),
                failure.getMessage());
    }

    @Test
    void everyClassBelongsToALayer() {
        String[] layered = Stream.of(ENTRY_POINTS, SERVICES, new String[] {REPOSITORIES}, DOMAIN)
                .flatMap(Arrays::stream).toArray(String[]::new);
        classes().that().resideInAPackage(ROOT + "..").should().resideInAnyPackage(layered).check(classes);
    }

    /** Outside the repositories a database's exceptions may be told apart (DatabaseRetry), never a query run. */
    @Test
    void onlyRepositoriesReachTheDatabase() {
        noClasses().that().resideOutsideOfPackage(REPOSITORIES)
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
