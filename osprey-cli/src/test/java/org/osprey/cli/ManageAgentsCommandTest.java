package org.osprey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.install.InstallInfo;
import org.osprey.install.InstallType;
import org.osprey.transport.keys.AgentKey;
import org.osprey.transport.keys.KeysFile;

/** {@code osprey manage-agents} on a temporary install. */
class ManageAgentsCommandTest {
  @TempDir Path home;
  private ByteArrayOutputStream out = new ByteArrayOutputStream();
  private ByteArrayOutputStream err = new ByteArrayOutputStream();
  private String stdin = "";

  @BeforeEach
  void install() throws IOException {
    Files.createDirectories(home.resolve("etc"));
    Files.createDirectories(home.resolve("queue/rids"));
    Files.createDirectories(home.resolve("queue/agent-info"));
  }

  private int run(String... args) throws Exception {
    out = new ByteArrayOutputStream();
    err = new ByteArrayOutputStream();
    List<String> all = new java.util.ArrayList<>(List.of(args));
    all.addAll(List.of("--home", home.toString()));
    return new ManageAgentsCommand().run(all, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void addedAgentsAreListedAsOssecPrintsThem() throws Exception {
    assertThat(run("-a", "any", "-n", "web1")).isZero();
    assertThat(out()).contains("ID 001");
    assertThat(run("-a", "10.0.0.0/8", "-n", "db1")).isZero();
    assertThat(run("-l")).isZero();
    assertThat(out()).contains("   ID: 001, Name: web1, IP: any\n", "   ID: 002, Name: db1, IP: 10.0.0.0/8\n");
    assertThat(KeysFile.of(home).read().byId("002").name()).isEqualTo("db1");
  }

  @Test
  void emptyListSaysSo() throws Exception {
    assertThat(run("-l")).isZero();
    assertThat(out()).contains("No agent available");
  }

  @Test
  void extractedKeyImportsIntoAnotherManagerAndReplacesAnAgentsKeys() throws Exception {
    run("-a", "192.168.1.5", "-n", "web1");
    assertThat(run("-e", "001")).isZero();
    String exported = out().strip();
    AgentKey original = KeysFile.of(home).read().byId("001");
    assertThat(new String(Base64.getDecoder().decode(exported), StandardCharsets.ISO_8859_1))
        .isEqualTo(original.line());

    Path manager = home;
    home = Files.createTempDirectory(manager.getParent(), "other");
    Files.createDirectories(home.resolve("etc"));
    Files.writeString(home.resolve("etc/client.keys"), "007 first any " + "cd".repeat(32) + "\n");
    assertThat(run("-i", exported)).isZero();
    assertThat(KeysFile.of(home).read().entries()).extracting(AgentKey::name).containsExactly("first", "web1");
    assertThat(run("-i", exported)).as("the same id twice").isEqualTo(1);
    assertThat(err()).contains("already exists");

    Path agent = Files.createTempDirectory(manager.getParent(), "agent");
    home = agent;
    Files.createDirectories(home.resolve("etc"));
    Files.writeString(home.resolve(InstallInfo.PATH),
        new InstallInfo(home, InstallType.AGENT, "test", Instant.EPOCH).text());
    Files.writeString(home.resolve("etc/client.keys"), "009 old any " + "ab".repeat(32) + "\n");
    assertThat(run("-i", exported)).isZero();
    assertThat(Files.readString(home.resolve("etc/client.keys"))).isEqualTo(original.line() + "\n");
  }

  @Test
  void removeDeletesCountersAndAgentInfo() throws Exception {
    run("-a", "any", "-n", "web1");
    run("-a", "any", "-n", "web2");
    Path rids = Files.writeString(home.resolve("queue/rids/001"), "1:2:");
    Path info = Files.writeString(home.resolve("queue/agent-info/web1-any"), "Linux - OSSEC HIDS v3.7.0\n");
    assertThat(run("-r", "001")).isZero();
    assertThat(rids).doesNotExist();
    assertThat(info).doesNotExist();
    assertThat(Files.readString(home.resolve("etc/client.keys"))).startsWith("001 " + KeysFile.REMOVED + "\n");
    run("-l");
    assertThat(out()).doesNotContain("web1").contains("web2");
    assertThat(run("-a", "any", "-n", "web3")).isZero();
    assertThat(out()).as("a removed id is not handed out again").contains("ID 003");
  }

  @Test
  void bulkAddTakesIpCommaNameLinesAndReportsBadOnes() throws Exception {
    Path file = Files.writeString(home.resolve("agents.csv"),
        "# ip,name\n10.1.1.1,web1\n\nany, web2\n300.1.1.1,bad\nnocomma\n");
    assertThat(run("-f", file.toString())).isEqualTo(1);
    assertThat(KeysFile.of(home).read().entries()).extracting(AgentKey::name).containsExactly("web1", "web2");
    assertThat(err()).contains("agents.csv:5: invalid IP '300.1.1.1'", "agents.csv:6: expected");

    stdin = "10.1.1.2,web3\n";
    assertThat(run("-f", "-")).isZero();
    assertThat(KeysFile.of(home).read().byName("web3")).isNotNull();
  }

  @Test
  void badInputIsRefusedClearly() throws Exception {
    run("-a", "10.0.0.1", "-n", "web1");
    assertThat(run("-a", "any", "-n", "web1")).isEqualTo(1);
    assertThat(err()).contains("already exists");
    assertThat(run("-a", "10.0.0.1", "-n", "web9")).isEqualTo(1);
    assertThat(err()).contains("already used by agent 001");
    assertThat(run("-a", "10.0.0", "-n", "web2")).isEqualTo(1);
    assertThat(err()).contains("invalid IP '10.0.0'");
    assertThat(run("-a", "any", "-n", "a b!")).isEqualTo(1);
    assertThat(err()).contains("invalid agent name");
    assertThat(run("-r", "042")).isEqualTo(1);
    assertThat(err()).contains("no agent with id 042");
    assertThat(run("-e", "042")).isEqualTo(1);
    assertThat(run("-i", "not base64 !!")).isEqualTo(1);
    assertThat(err()).contains("not valid base64");
    String shortKey = Base64.getEncoder().encodeToString("005 x5 any abc".getBytes(StandardCharsets.US_ASCII));
    assertThat(run("-i", shortKey)).isEqualTo(1);
    assertThat(err()).contains("64 hex digits");
    assertThat(KeysFile.of(home).read().size()).isEqualTo(1);
  }

  @Test
  void missingFlagsAreUsageErrors() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> run("-a", "any"))
        .isInstanceOf(UsageException.class).hasMessageContaining("-n is required");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> run("-x"))
        .isInstanceOf(UsageException.class).hasMessageContaining("'-x'");
  }
}
