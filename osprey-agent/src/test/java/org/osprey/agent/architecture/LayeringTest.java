package org.osprey.agent.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The agent module's layering, tested rather than hoped for (ARCHITECTURE.md, STYLE.md #2). */
class LayeringTest {
  static JavaClasses agent;

  @BeforeAll
  static void importClasses() {
    agent = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.osprey.agent");
  }

  @Test
  void theAgentDaemonsUseOnlyCommon() {
    noClasses().that().resideInAPackage("org.osprey.agent..")
        .should().dependOnClassesThat().resideInAnyPackage("org.osprey.analysis..",
            "org.osprey.transport..", "org.osprey.outputs..", "org.osprey.manager..",
            "org.osprey.cli..")
        .check(agent);
  }

  @Test
  void logcollectorsConcernsDoNotDependInCircles() {
    slices().matching("org.osprey.agent.logcollector.(*)..").should().beFreeOfCycles()
        .check(agent);
  }

  @Test
  void formatsAndJsonKnowNothingOfFilesQueuesOrTheDaemon() {
    noClasses().that().resideInAnyPackage("org.osprey.agent.logcollector.formats..",
            "org.osprey.agent.logcollector.json..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.osprey.agent.logcollector.files..", "org.osprey.agent.logcollector.positions..",
            "org.osprey.queue..", "org.osprey.daemon..")
        .check(agent);
  }
}
