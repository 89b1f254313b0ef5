package org.osprey.transport.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.config.IpRange;

class ClientKeysTest {
  @TempDir Path home;

  static ClientKeys parse(String s) throws KeysException {
    return ClientKeys.parse(s.getBytes(StandardCharsets.ISO_8859_1), "client.keys");
  }

  @Test
  void parsesTheFormsOfTheIpField() throws Exception {
    ClientKeys k = parse("""
        001 a1 192.168.1.10 key one
        # comment
         002 skipped any k
        003 #*#*#*#*#*#*#*#*#*#*#
        004 net 10.0.0.0/8 k4\r
        005 v6 2001:db8::1 k5
        006 short line
        """);
    assertThat(k.entries()).extracting(AgentKey::id).containsExactly("001", "004", "005");
    assertThat(k.byId("001").key()).isEqualTo("key one");
    assertThat(k.byId("004").key()).isEqualTo("k4\r");
    assertThat(k.byId("004").ipText()).isEqualTo("10.0.0.0");
    assertThat(k.usedIds()).contains("003");
    assertThat(k.skipped()).hasSize(1).first().asString().contains(":7:");
    assertThat(k.lookup(null, InetAddress.getByName("192.168.1.10")).id()).isEqualTo("001");
    assertThat(k.lookup(null, InetAddress.getByName("::ffff:192.168.1.10")).id()).isEqualTo("001");
    assertThat(k.lookup("004", InetAddress.getByName("10.200.1.1"))).isNotNull();
    assertThat(k.lookup("004", InetAddress.getByName("11.0.0.1"))).isNull();
    assertThat(k.lookup(null, InetAddress.getByName("2001:db8:0:0:0:0:0:1")).id()).isEqualTo("005");
  }

  @Test
  void invalidIpIsFatal() {
    assertThatThrownBy(() -> parse("001 a1 300.1.1.1 k\n")).isInstanceOf(KeysException.class)
        .hasMessageContaining("300.1.1.1");
  }

  @Test
  void addRemoveAndPermissions() throws Exception {
    KeysFile f = KeysFile.of(home);
    AgentKey a = f.add("web01", IpRange.parse("any"), null, KeysFile.IdStyle.SEQUENTIAL);
    AgentKey b = f.add("web02", IpRange.parse("10.1.1.1"), null, KeysFile.IdStyle.SEQUENTIAL);
    AgentKey c = f.add("auto", IpRange.parse("any"), null, KeysFile.IdStyle.AUTHD);
    assertThat(a.id()).isEqualTo("001");
    assertThat(b.id()).isEqualTo("002");
    assertThat(c.id()).isEqualTo("1024");
    assertThat(AgentNames.validKey(a.key())).isTrue();
    assertThat(Files.getPosixFilePermissions(f.path())).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
    assertThatThrownBy(() -> f.add("web01", IpRange.parse("any"), null, KeysFile.IdStyle.SEQUENTIAL))
        .isInstanceOf(KeysException.class);
    assertThatThrownBy(() -> f.add("bad name", IpRange.parse("any"), null, KeysFile.IdStyle.SEQUENTIAL))
        .isInstanceOf(KeysException.class);
    Files.createDirectories(home.resolve("queue/rids"));
    Files.writeString(home.resolve("queue/rids/001"), "1:2:");
    f.remove("001", home);
    assertThat(Files.readString(f.path())).startsWith("001 #*#*#*#*#*#*#*#*#*#*#\n002 web02 10.1.1.1 ");
    assertThat(home.resolve("queue/rids/001")).doesNotExist();
    assertThat(f.read().byId("001")).isNull();
    // The removed id is not handed out again.
    assertThat(f.add("web03", IpRange.parse("any"), null, KeysFile.IdStyle.SEQUENTIAL).id()).isEqualTo("1025");
  }

  @Test
  void aNewKeyIsAppendedInPlaceAndARemovalRewritesTheFile() throws Exception {
    KeysFile f = KeysFile.of(home);
    f.add("first", IpRange.parse("any"), null, KeysFile.IdStyle.SEQUENTIAL);
    Path keys = home.resolve("etc/client.keys");
    Object inode = Files.readAttributes(keys, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    // authd runs as a user that may write client.keys but create nothing in etc/: adding a key
    // must not need a new file there.
    f.enrol("second", 256, "10.0.0.9", IpRange.parse("any"));
    f.addUnique("third", IpRange.parse("10.0.0.3"), KeysFile.IdStyle.SEQUENTIAL);
    assertThat(Files.readAttributes(keys, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
        .isEqualTo(inode);
    assertThat(Files.readAllLines(keys)).hasSize(3);
    Files.writeString(keys, Files.readString(keys).stripTrailing());
    f.add("fourth", IpRange.parse("any"), null, KeysFile.IdStyle.SEQUENTIAL);
    assertThat(Files.readAllLines(keys)).as("a last line without newline is ended first").hasSize(4)
        .allMatch(l -> l.split(" ").length == 4);
    f.remove("001", home);
    assertThat(Files.readAttributes(keys, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
        .as("a removal replaces the file whole").isNotEqualTo(inode);
    assertThat(f.read().byName("first")).isNull();
  }

  @Test
  void keyRingSeesANewKeyAtOnce() throws Exception {
    KeysFile f = KeysFile.of(home);
    f.add("first", IpRange.parse("any"), null, KeysFile.IdStyle.SEQUENTIAL);
    KeyRing ring = new KeyRing(f, w -> {});
    assertThat(ring.keys().size()).isEqualTo(1);
    assertThat(ring.reloadIfChanged()).isFalse();
    f.add("second", IpRange.parse("any"), null, KeysFile.IdStyle.SEQUENTIAL);
    assertThat(ring.reloadIfChanged()).isTrue();
    assertThat(ring.keys().byName("second")).isNotNull();
  }

  @Test
  void addressMatching() throws Exception {
    assertThat(AddressMatch.contains(IpRange.parse("192.168.0.0/16"), InetAddress.getByName("192.168.4.5"))).isTrue();
    assertThat(AddressMatch.contains(IpRange.parse("192.168.0.0/17"), InetAddress.getByName("192.168.200.5"))).isFalse();
    assertThat(AddressMatch.contains(IpRange.parse("any"), InetAddress.getByName("1.2.3.4"))).isTrue();
    assertThat(AddressMatch.contains(IpRange.parse("2001:db8::/32"), InetAddress.getByName("2001:db8:1::9"))).isTrue();
    assertThat(AddressMatch.contains(IpRange.parse("2001:db8::/32"), InetAddress.getByName("10.0.0.1"))).isFalse();
    assertThat(AddressMatch.text(InetAddress.getByName("::ffff:10.0.0.1"))).isEqualTo("10.0.0.1");
  }
}
