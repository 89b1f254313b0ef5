package org.osprey.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.osprey.install.InstallType;

class DaemonPlanTest {

  private static DaemonProvider provider(String name, RunsAs user, InstallType... types) {
    return new DaemonProvider() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public RunsAs runsAs() {
        return user;
      }

      @Override
      public Set<InstallType> installTypes() {
        return Set.of(types);
      }

      @Override
      public Daemon create() {
        throw new UnsupportedOperationException("not started in this test");
      }
    };
  }

  @Test
  void catalogFollowsTheArchitectureTable() {
    assertThat(DaemonCatalog.required(InstallType.LOCAL))
        .extracting(DaemonSpec::name)
        .containsExactlyInAnyOrder(
            "ossec-analysisd", "ossec-logcollector", "ossec-syscheckd", "ossec-execd",
            "ossec-maild", "ossec-csyslogd", "ossec-monitord");
    assertThat(DaemonCatalog.required(InstallType.SERVER))
        .extracting(DaemonSpec::name)
        .containsExactlyInAnyOrder(
            "ossec-analysisd", "ossec-logcollector", "ossec-syscheckd", "ossec-execd",
            "ossec-maild", "ossec-csyslogd", "ossec-monitord",
            "ossec-remoted", "ossec-authd", "ossec-agentlessd", "ossec-dbd");
    assertThat(DaemonCatalog.required(InstallType.AGENT))
        .extracting(DaemonSpec::name)
        .containsExactlyInAnyOrder("ossec-agentd", "ossec-logcollector", "ossec-syscheckd", "ossec-execd");
  }

  @Test
  void runAsUsersFollowTheArchitectureTable() {
    assertThat(DaemonCatalog.find("ossec-analysisd").orElseThrow().runsAs()).isEqualTo(RunsAs.OSPREY);
    assertThat(DaemonCatalog.find("ossec-remoted").orElseThrow().runsAs()).isEqualTo(RunsAs.OSPREYR);
    assertThat(DaemonCatalog.find("ossec-maild").orElseThrow().runsAs()).isEqualTo(RunsAs.OSPREYM);
    assertThat(DaemonCatalog.find("ossec-csyslogd").orElseThrow().runsAs()).isEqualTo(RunsAs.OSPREYM);
    assertThat(DaemonCatalog.find("ossec-dbd").orElseThrow().runsAs()).isEqualTo(RunsAs.OSPREYM);
    assertThat(DaemonCatalog.find("ossec-logcollector").orElseThrow().runsAs()).isEqualTo(RunsAs.ROOT);
    assertThat(DaemonCatalog.find("ossec-syscheckd").orElseThrow().runsAs()).isEqualTo(RunsAs.ROOT);
    assertThat(DaemonCatalog.find("ossec-execd").orElseThrow().runsAs()).isEqualTo(RunsAs.ROOT);
    assertThat(DaemonCatalog.find("ossec-agentd").orElseThrow().runsAs()).isEqualTo(RunsAs.OSPREY);
    assertThat(DaemonCatalog.find("ossec-authd").orElseThrow().runsAs()).isEqualTo(RunsAs.OSPREY);
  }

  @Test
  void readersOfTheAnalysisQueueStartBeforeItsWriters() {
    List<String> order = DaemonCatalog.all().stream().map(DaemonSpec::name).toList();
    assertThat(order.indexOf("ossec-analysisd")).isLessThan(order.indexOf("ossec-logcollector"));
    assertThat(order.indexOf("ossec-analysisd")).isLessThan(order.indexOf("ossec-remoted"));
    assertThat(order.indexOf("ossec-agentd")).isLessThan(order.indexOf("ossec-syscheckd"));
    assertThat(order.indexOf("ossec-execd")).isLessThan(order.indexOf("ossec-remoted"));
  }

  @Test
  void withoutProvidersEveryDaemonIsNotImplemented() {
    DaemonPlan plan = DaemonPlan.of(InstallType.AGENT, List.of());
    assertThat(plan.implemented()).isEmpty();
    assertThat(plan.notImplemented()).hasSize(4);
    assertThat(plan.groups()).isEmpty();
  }

  @Test
  void providersFillInTheirDaemonAndAddTheirOwn() {
    DaemonPlan plan =
        DaemonPlan.of(
            InstallType.SERVER,
            List.of(
                provider("ossec-remoted", RunsAs.OSPREYR, InstallType.SERVER),
                provider("ossec-analysisd", RunsAs.OSPREY, InstallType.LOCAL, InstallType.SERVER),
                provider("ossec-analysisd", RunsAs.ROOT, InstallType.SERVER), // a second one: ignored
                provider("osprey-extra", RunsAs.OSPREYM, InstallType.SERVER),
                provider("osprey-agent-only", RunsAs.OSPREY, InstallType.AGENT)));
    assertThat(plan.implemented())
        .extracting(PlannedDaemon::name)
        .containsExactly("ossec-analysisd", "ossec-remoted", "osprey-extra");
    assertThat(plan.daemons()).extracting(PlannedDaemon::name).doesNotContain("osprey-agent-only");
    assertThat(plan.groups()).containsExactly(RunsAs.OSPREY, RunsAs.OSPREYR, RunsAs.OSPREYM);
    assertThat(plan.implementedAs(RunsAs.OSPREY)).extracting(PlannedDaemon::name).containsExactly("ossec-analysisd");
    assertThat(plan.notImplemented()).extracting(PlannedDaemon::name).contains("ossec-maild", "ossec-dbd");
  }

  @Test
  void serviceLoaderFindsTheTestProviders() {
    DaemonPlan plan = DaemonPlan.discover(InstallType.LOCAL);
    assertThat(plan.implemented())
        .extracting(PlannedDaemon::name)
        .containsExactly("osprey-test-sink", "osprey-test-relay", "osprey-test-source");
    assertThat(plan.groups()).containsExactly(RunsAs.OSPREY, RunsAs.OSPREYR, RunsAs.ROOT);
    assertThat(DaemonPlan.discover(InstallType.AGENT).implemented()).isEmpty();
  }
}
