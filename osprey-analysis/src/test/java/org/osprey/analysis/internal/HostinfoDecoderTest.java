package org.osprey.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nmapg host information against {@code queue/fts/hostinfo} (spec protocol §7). */
class HostinfoDecoderTest {
  static final String WEB = "Host: 10.0.0.1 (web), open ports: 22(tcp) 80(tcp)";

  @TempDir Path queue;

  @Test
  void aNewHostIsAddedAndAUnchangedOneDropped() throws Exception {
    try (Fixture f = new Fixture(queue)) {
      Fixture.Sent s = f.hostinfo(WEB);
      assertThat(s.decoded()).isTrue();
      assertThat(s.decoder().id()).isEqualTo(Fixture.id("hostinfo_new"));
      assertThat(s.decoder().name()).isEqualTo("hostinfo_modified");
      assertThat(s.event().fullLog()).isEqualTo(WEB);
      assertThat(f.hostinfo(WEB).decoded()).isFalse();
      assertThat(f.file("fts/hostinfo")).isEqualTo("10.0.0.1 open ports: 22(tcp) 80(tcp)\n");
    }
  }

  @Test
  void changedPortsAreAModificationAndEveryListSeenStaysKnown() throws Exception {
    try (Fixture f = new Fixture(queue)) {
      f.hostinfo(WEB);
      Fixture.Sent s = f.hostinfo("Host: 10.0.0.1 (web), open ports: 22(tcp)");
      assertThat(s.decoded()).isTrue();
      assertThat(s.decoder().id()).isEqualTo(Fixture.id("hostinfo_modified"));
      assertThat(f.hostinfo(WEB).decoded()).as("the first list is still on record").isFalse();
      f.restart();
      assertThat(f.hostinfo("Host: 10.0.0.1 (web), open ports: 22(tcp)").decoded()).isFalse();
      assertThat(f.file("fts/hostinfo")).isEqualTo(
          "10.0.0.1 open ports: 22(tcp) 80(tcp)\n10.0.0.1 open ports: 22(tcp)\n");
    }
  }

  @Test
  void anAddressMatchesLinesThatStartWithItAsInOssec() throws Exception {
    try (Fixture f = new Fixture(queue)) {
      f.hostinfo("Host: 10.0.0.10, open ports: 22(tcp)");
      Fixture.Sent s = f.hostinfo("Host: 10.0.0.1, open ports: 25(tcp)");
      assertThat(s.decoder().id()).isEqualTo(Fixture.id("hostinfo_modified"));
    }
  }

  @Test
  void afterMoreThanThirtyMalformedMessagesHostinfoStops() throws Exception {
    try (Fixture f = new Fixture(queue)) {
      for (int i = 0; i < 30; i++) {
        assertThat(f.hostinfo(i % 2 == 0 ? "Host: 10.0.0.9 no comma" : "Hosts: x, y").decoded())
            .isFalse();
      }
      assertThat(f.hostinfo(WEB).decoded()).as("30 errors are tolerated").isTrue();
      f.hostinfo("Host: ");
      assertThat(f.hostinfo("Host: 10.0.0.2, open ports: 1(udp)").decoded()).isFalse();
    }
  }
}
