package org.bulletinpipeline.nlp.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

/**
 * The rules nlp-service's packages follow, for a service rooted at {@code root} ({@code org.bulletinpipeline.nlp}):
 * entry points ({@code rest}, {@code messaging}, {@code cli}) call the service ({@code service}, with the events it
 * maps in {@code event}), which calls the extraction core ({@code extract.BulletinExtractor}), which runs the two
 * orchestrators ({@code extract.segment.PageReader} and {@code extract.entity}), which run the steps (every other
 * {@code extract} package: {@code byline}, {@code person}, {@code fact}…), which read the building blocks
 * ({@code extract.text}, {@code extract.model}). A step may use another step ({@code fact} reads places) as long as
 * the {@code extract} packages form no cycle. A package added under {@code extract} is a step until it is named here.
 */
final class ExtractionArchitecture {

    private ExtractionArchitecture() {
    }

    static LayeredArchitecture layers(String root) {
        String extract = root + ".extract";
        DescribedPredicate<JavaClass> orchestrators = resideInAPackage(extract + ".entity..")
                .or(classAndItsMembers(extract + ".segment.PageReader"))
                .as("the orchestrators");
        DescribedPredicate<JavaClass> buildingBlocks = resideInAnyPackage(extract + ".text..", extract + ".model..")
                .as("the building blocks");
        DescribedPredicate<JavaClass> steps = resideInAPackage(extract + ".*..")
                .and(not(orchestrators)).and(not(buildingBlocks))
                .as("the steps");
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Entry points").definedBy(root + ".rest..", root + ".messaging..", root + ".cli..")
                .layer("Service").definedBy(root + ".service..", root + ".event..")
                .layer("Extraction core").definedBy(extract)
                .layer("Orchestrators").definedBy(orchestrators)
                .layer("Steps").definedBy(steps)
                .layer("Building blocks").definedBy(buildingBlocks)
                .whereLayer("Entry points").mayNotBeAccessedByAnyLayer()
                .whereLayer("Service").mayOnlyBeAccessedByLayers("Entry points")
                .whereLayer("Extraction core").mayOnlyBeAccessedByLayers("Entry points", "Service")
                .whereLayer("Orchestrators").mayOnlyBeAccessedByLayers("Extraction core")
                .whereLayer("Steps").mayOnlyBeAccessedByLayers("Orchestrators")
                .whereLayer("Building blocks")
                .mayOnlyBeAccessedByLayers("Entry points", "Service", "Extraction core", "Orchestrators", "Steps");
    }

    static ArchRule noCyclesBetweenExtractPackages(String root) {
        return slices().matching(root + ".extract.(*)..").should().beFreeOfCycles();
    }

    /** The core runs in tests, benchmarks and the CLI without booting anything. */
    static ArchRule plainJavaCore(String root) {
        return noClasses().that().resideInAPackage(root + ".extract..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "io.smallrye..",
                        "org.eclipse.microprofile..", "io.micrometer..", "io.opentelemetry..", "org.apache.kafka..")
                .because("the extraction core is plain Java, callable without Quarkus");
    }

    /** {@code name} and the classes nested in it; PageReader shares its package with the steps it runs. */
    private static DescribedPredicate<JavaClass> classAndItsMembers(String name) {
        return DescribedPredicate.describe(name, javaClass -> javaClass.getName().equals(name)
                || javaClass.getName().startsWith(name + "$"));
    }
}
