package org.osprey.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.osprey.testing.NonRootUsers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.daemon.RunFiles;
import org.osprey.install.InstallInfo;
import org.osprey.install.InstallType;

class LocalCommandTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);

  private String said() {
    return stdout.toString(StandardCharsets.UTF_8);
  }

  private void awaitOutput(String text) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!said().contains(text) && System.nanoTime() < end) {
      Thread.sleep(20);
    }
    assertThat(said()).contains(text);
  }

  @Test
  void createsALocalInstallRunsItAndShowsNewAlerts() throws Exception {
    Path home = dir.resolve("osprey-home");
    CountDownLatch stop = new CountDownLatch(1);
    LocalCommand local = new LocalCommand(new NonRootUsers(), stop);
    CompletableFuture<Integer> run =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return local.run(
                    List.of("--home", home.toString()), new ByteArrayInputStream(new byte[0]), out, out);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    awaitOutput("Ctrl-C stops");
    assertThat(said())
        .contains("Created a local install at " + home)
        .contains("running:             ossec-analysisd")
        .contains("not implemented yet: ossec-execd");
    assertThat(InstallInfo.read(home).orElseThrow().type()).isEqualTo(InstallType.LOCAL);
    assertThat(RunFiles.of(home).stateFile("all")).exists();

    Path alerts = home.resolve("logs/alerts/alerts.log");
    String alert = "** Alert 1717171717.1: - syslog,sshd,\n2025 Jun 01 08:00:00 host->/var/log/auth.log\n\n";
    Files.writeString(alerts, alert, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    awaitOutput("** Alert 1717171717.1: - syslog,sshd,\n2025 Jun 01 08:00:00 host->/var/log/auth.log\n");

    stop.countDown();
    assertThat(run.get(10, TimeUnit.SECONDS)).isZero();
    assertThat(said()).endsWith("Osprey stopped.\n");
    assertThat(RunFiles.of(home).stateFile("all")).doesNotExist();
  }

  @Test
  void refusesAnotherInstallType() throws Exception {
    Path home = dir.resolve("agent");
    new InstallCommand(new NonRootUsers())
        .run(List.of("--type", "agent", "--home", home.toString()), System.in, out, out);
    LocalCommand local = new LocalCommand(new NonRootUsers(), new CountDownLatch(0));
    assertThatThrownBy(() -> local.run(List.of("--home", home.toString()), System.in, out, out))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("is a agent install");
  }
}
