package org.osprey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.testing.TestCerts;
import org.osprey.transport.keys.KeysFile;

/** {@code osprey authd} and {@code osprey agent-auth} talking over TLS, and manage-agents under the keys lock. */
class EnrolmentCommandsTest {
  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  static Result run(Command c, String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = c.run(List.of(args), new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Test
  void agentAuthGetsAKeyFromAuthdAndWritesClientKeys() throws Exception {
    Path manager = dir.resolve("manager");
    Path agent = dir.resolve("agent");
    Files.createDirectories(manager.resolve("etc"));
    TestCerts.selfSigned(manager.resolve("etc"), "sslmanager", "127.0.0.1");
    Files.writeString(manager.resolve("etc/authd.pass"), "topsecret\n");
    Path pass = Files.writeString(dir.resolve("pass"), "topsecret\n");
    Path wrong = Files.writeString(dir.resolve("wrong"), "guess\n");
    int port = freePort();

    CountDownLatch stop = new CountDownLatch(1);
    ByteArrayOutputStream authdOut = new ByteArrayOutputStream();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    Future<Integer> authd = pool.submit(() -> new AuthdCommand(stop).run(
        List.of("--home", manager.toString(), "-p", Integer.toString(port)), new ByteArrayInputStream(new byte[0]),
        new PrintStream(authdOut, true, StandardCharsets.UTF_8), System.err));
    try {
      long deadline = System.nanoTime() + 20_000_000_000L;
      while (!authdOut.toString(StandardCharsets.UTF_8).contains("Listening for agent enrolment")
          && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(authdOut.toString(StandardCharsets.UTF_8))
          .contains("Using password specified on file: " + manager.resolve("etc/authd.pass"));

      AgentAuthCommand client = new AgentAuthCommand(() -> "agent-host");
      Result ok = run(client, "--home", agent.toString(), "-m", "127.0.0.1", "-p", Integer.toString(port),
          "-P", pass.toString());
      assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
      assertThat(ok.out()).contains("INFO: Using agent name as: agent-host", "INFO: Valid key created.");
      String line = Files.readString(agent.resolve("etc/client.keys"));
      assertThat(line).matches("1024 agent-host any [0-9a-f]{64}\n");
      assertThat(Files.readString(manager.resolve("etc/client.keys"))).isEqualTo(line);
      assertThat(Files.getPosixFilePermissions(agent.resolve("etc/client.keys")).toString())
          .isEqualTo("[OWNER_READ, OWNER_WRITE, GROUP_READ]");

      Result refused = run(client, "--home", agent.toString(), "-m", "127.0.0.1", "-p", Integer.toString(port),
          "-P", wrong.toString(), "-A", "other");
      assertThat(refused.code()).isEqualTo(1);
      assertThat(refused.err()).startsWith("ERROR: the manager closed the connection without a key");
      assertThat(Files.readString(agent.resolve("etc/client.keys"))).as("kept on failure").isEqualTo(line);
    } finally {
      stop.countDown();
      assertThat(authd.get(20, TimeUnit.SECONDS)).isZero();
      pool.shutdown();
    }
    assertThat(authdOut.toString(StandardCharsets.UTF_8)).contains("Invalid password provided by 127.0.0.1",
        "ossec-authd stopped (1 agents enrolled).");
  }

  @Test
  void authdSaysWhichFileIsMissingAndHowToMakeIt() throws Exception {
    Files.createDirectories(dir.resolve("etc"));
    Result r = run(new AuthdCommand(new CountDownLatch(0)), "--home", dir.toString(), "-t");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(dir.resolve("etc/sslmanager.cert") + " is missing", "openssl req -x509");
    TestCerts.selfSigned(dir.resolve("etc"), "sslmanager", "127.0.0.1");
    Result ok = run(new AuthdCommand(new CountDownLatch(0)), "--home", dir.toString(), "-t");
    assertThat(ok.code()).as(ok.err()).isZero();
  }

  @Test
  void manageAgentsChecksTheAddressAndAppendsUnderOneLock() throws Exception {
    Files.createDirectories(dir.resolve("etc"));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Result>> results = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      String name = "twin" + i;
      results.add(pool.submit(() -> {
        go.await();
        return run(new ManageAgentsCommand(), "--home", dir.toString(), "-a", "10.9.8.7", "-n", name);
      }));
    }
    go.countDown();
    int added = 0;
    for (Future<Result> f : results) {
      Result r = f.get(30, TimeUnit.SECONDS);
      if (r.code() == 0) {
        added++;
      } else {
        assertThat(r.err()).contains("IP 10.9.8.7 is already used by agent 001");
      }
    }
    pool.shutdown();
    assertThat(added).isEqualTo(1);
    assertThat(KeysFile.of(dir).read().size()).isEqualTo(1);
  }
}
