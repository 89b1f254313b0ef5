package org.osprey.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Addresses and networks as OSSEC's OS_IsValidIP accepts them. */
class IpRangeTest {

  @Test
  void acceptsOssecsForms() {
    assertThat(IpRange.parse("192.168.2.1").prefixLength()).isEqualTo(32);
    assertThat(IpRange.parse("10.0.0.0/8").isNetwork()).isTrue();
    assertThat(IpRange.parse("!10.1.2.3").negated()).isTrue();
    assertThat(IpRange.parse("any").prefixLength()).isZero();
    assertThat(IpRange.parse("::1").address().getAddress()).hasSize(16).endsWith((byte) 1);
    assertThat(IpRange.parse("2001:db8::/32").prefixLength()).isEqualTo(32);
    IpRange mapped = IpRange.parse("::ffff:10.0.0.1/104");
    assertThat(mapped.address().getAddress()).hasSize(16).endsWith((byte) 10, (byte) 0, (byte) 0, (byte) 1);
    assertThat(mapped.prefixLength()).isEqualTo(104);
    assertThat(IpRange.parse("fe80:0:0:0:0:0:0:1")).isNotNull();
  }

  @Test
  void refusesTheRest() {
    for (String bad : List.of("", "300.1.1.1", "10.0.0", "10.0.0.0/33", "10.0.0.0/", "1.2.3.4/0008",
        "::1/129", "1::2::3", "12345::", "host.example.com", "1.2.3.4 ", "1:2:3:4:5:6:7:8:9", "!")) {
      assertThat(IpRange.parse(bad)).as(bad).isNull();
    }
  }

  @Property(tries = 500)
  void parsesIpv4QuadsExactly(@ForAll byte a, @ForAll byte b, @ForAll byte c, @ForAll byte d) {
    String text = (a & 0xff) + "." + (b & 0xff) + "." + (c & 0xff) + "." + (d & 0xff);
    IpRange r = IpRange.parse(text);
    assertThat(r).isNotNull();
    assertThat(r.address().getAddress()).containsExactly(a, b, c, d);
    assertThat(r.address().getHostAddress()).isEqualTo(text);
  }

  @Property(tries = 500)
  void neverThrows(@ForAll String text) {
    IpRange r = IpRange.parse(text);
    if (r != null) {
      assertThat(r.text()).isEqualTo(text);
    }
  }
}
