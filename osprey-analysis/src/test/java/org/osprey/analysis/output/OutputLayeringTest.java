package org.osprey.analysis.output;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine does not know about its outputs (STYLE.md, layering). */
class OutputLayeringTest {
  @Test
  void engineLayersDoNotUseTheOutputPackage() {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.osprey.analysis");
    noClasses().that().resideInAnyPackage("org.osprey.analysis.engine..",
            "org.osprey.analysis.event..", "org.osprey.analysis.rule..",
            "org.osprey.analysis.decoder..", "org.osprey.analysis.predecode..",
            "org.osprey.analysis.pattern..", "org.osprey.analysis.load..",
            "org.osprey.analysis.alert..", "org.osprey.analysis.cdb..")
        .should().dependOnClassesThat().resideInAPackage("org.osprey.analysis.output..")
        .check(classes);
  }
}
