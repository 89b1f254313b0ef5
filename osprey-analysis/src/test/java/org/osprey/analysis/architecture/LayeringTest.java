package org.osprey.analysis.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine's layering, tested rather than hoped for (ARCHITECTURE.md, STYLE.md #2). */
class LayeringTest {
  static JavaClasses engine;

  @BeforeAll
  static void importClasses() {
    engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.osprey.analysis");
  }

  @Test
  void engineNeverImportsTransportStorageOutputsOrTheCli() {
    noClasses().that().resideInAPackage("org.osprey.analysis..")
        .should().dependOnClassesThat().resideInAnyPackage("org.osprey.transport..",
            "org.osprey.outputs..", "org.osprey.agent..", "org.osprey.manager..", "org.osprey.cli..")
        .check(engine);
  }

  @Test
  void re2jLivesBehindThePatternPackage() {
    noClasses().that().resideInAPackage("org.osprey.analysis..")
        .and().resideOutsideOfPackage("org.osprey.analysis.pattern..")
        .should().dependOnClassesThat().resideInAPackage("com.google.re2j..")
        .check(engine);
  }

  @Test
  void rulesAndDecodersDoNotReachIntoTheDaemonOrLogtest() {
    noClasses().that().resideInAnyPackage("org.osprey.analysis.rule..",
            "org.osprey.analysis.decoder..", "org.osprey.analysis.pattern..",
            "org.osprey.analysis.predecode..", "org.osprey.analysis.engine..")
        .should().dependOnClassesThat().resideInAnyPackage("org.osprey.analysis.daemon..",
            "org.osprey.analysis.logtest..", "org.osprey.daemon..")
        .check(engine);
  }
}
