package org.scrutiny.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The package rules of CONVENTIONS.md, as tests. Each rule fails if the classes it guards are missing. */
class ArchitectureTest {
    private static final JavaClasses SCRUTINY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.scrutiny");

    static final ArchRule ANALYSIS_USES_ONLY_THE_JDK = classes()
            .that()
            .resideInAPackage("org.scrutiny.analysis..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("org.scrutiny.analysis..", "java..")
            .because("analysis must be checkable against the reference packages without a database or web server")
            .allowEmptyShould(false);

    static final ArchRule FEATURES_ARE_FREE_OF_CYCLES = slices().matching("org.scrutiny.(*)..")
            .should()
            .beFreeOfCycles()
            .because("a newcomer should be able to read one feature without reading all the others")
            .allowEmptyShould(false);

    static final ArchRule DOMAIN_RECORDS_ARE_PLAIN_JAVA = noClasses()
            .that()
            .areAssignableTo(Record.class)
            .and()
            .resideInAnyPackage(
                    "org.scrutiny.plan..",
                    "org.scrutiny.indicator..",
                    "org.scrutiny.actions..",
                    "org.scrutiny.series..",
                    "org.scrutiny.analysis..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta..")
            .because("the domain is plain Java, independent of the web and the database")
            .allowEmptyShould(false);

    static final ArchRule STORAGE_IMPLEMENTATIONS_ARE_PACKAGE_PRIVATE = classes()
            .that()
            .haveSimpleNameStartingWith("Jdbc")
            .should()
            .notBePublic()
            .because("features expose repository interfaces; how they store is their own business")
            .allowEmptyShould(false);

    static final ArchRule ONLY_THE_COMMAND_LINE_USES_PICOCLI = noClasses()
            .that()
            .resideOutsideOfPackage("org.scrutiny.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("picocli..")
            .because("commands are a way in to the features, not part of them")
            .allowEmptyShould(false);

    static Stream<ArchRule> rules() {
        return Stream.of(
                ANALYSIS_USES_ONLY_THE_JDK,
                FEATURES_ARE_FREE_OF_CYCLES,
                DOMAIN_RECORDS_ARE_PLAIN_JAVA,
                STORAGE_IMPLEMENTATIONS_ARE_PACKAGE_PRIVATE,
                ONLY_THE_COMMAND_LINE_USES_PICOCLI);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void holdsForScrutiny(ArchRule rule) {
        rule.check(SCRUTINY);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void failsWhenThereIsNothingToCheck(ArchRule rule) {
        JavaClasses nothing = new ClassFileImporter().importPackages("org.scrutiny.nothing.here");
        assertThatThrownBy(() -> rule.check(nothing)).isInstanceOf(AssertionError.class);
    }

    @Test
    void controllersArePackagePrivate() {
        var controllers = SCRUTINY.stream()
                .filter(c -> c.isAnnotatedWith("org.springframework.stereotype.Controller"))
                .toList();
        assertThat(controllers).allSatisfy(c -> assertThat(c.getModifiers()).doesNotContain(JavaModifier.PUBLIC));
    }

    @Test
    void everyPackageSaysWhatItIs() throws IOException {
        Path root = Path.of("src/main/java/org/scrutiny");
        List<Path> packages;
        try (Stream<Path> walk = Files.walk(root)) {
            packages = walk.filter(Files::isDirectory)
                    .filter(dir -> hasJavaFiles(dir))
                    .toList();
        }
        assertThat(packages).isNotEmpty();
        assertThat(packages)
                .allSatisfy(dir -> assertThat(dir.resolve("package-info.java")).exists());
    }

    private static boolean hasJavaFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
