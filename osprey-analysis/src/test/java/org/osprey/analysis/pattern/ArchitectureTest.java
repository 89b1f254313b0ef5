package org.osprey.analysis.pattern;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** STYLE #2: RE2/J sits behind this package; nothing else in the engine touches it. */
class ArchitectureTest {
  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.osprey");

  @Test
  void onlyThePatternPackageUsesRe2j() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.osprey.analysis.pattern")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.google.re2j..")
        .check(classes);
  }

  @Test
  void thePatternPackageDependsOnNothingElseOfOsprey() {
    noClasses()
        .that()
        .resideInAPackage("org.osprey.analysis.pattern")
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.osprey..").and(not(resideInAPackage("org.osprey.analysis.pattern"))))
        .check(classes);
  }
}
