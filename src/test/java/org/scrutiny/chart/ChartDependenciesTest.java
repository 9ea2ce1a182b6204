package org.scrutiny.chart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

class ChartDependenciesTest {

    static final ArchRule CHARTS_USE_ONLY_ANALYSIS_AND_THE_JDK = classes()
            .that()
            .resideInAPackage("org.scrutiny.chart..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("org.scrutiny.chart..", "org.scrutiny.analysis..", "java..")
            .because("the same charts serve web pages now and PDF reports later, with neither Spring nor a DOM")
            .allowEmptyShould(false);

    @Test
    void chartsDependOnAnalysisAndTheJdkOnly() {
        CHARTS_USE_ONLY_ANALYSIS_AND_THE_JDK.check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.scrutiny.chart"));
    }

    @Test
    void theRuleFailsWhenThereIsNothingToCheck() {
        assertThatThrownBy(() -> CHARTS_USE_ONLY_ANALYSIS_AND_THE_JDK.check(
                        new ClassFileImporter().importPackages("org.scrutiny.nothing.here")))
                .isInstanceOf(AssertionError.class);
    }
}
