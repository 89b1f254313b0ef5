package org.osprey.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class InstantTextTest {
  @Property(tries = 3000)
  void isInstantToStringForYearsZeroTo9999(
      @ForAll @LongRange(min = -62_167_219_200L, max = 253_402_300_799L) long epochSecond,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nano, @ForAll @IntRange(min = 0, max = 2) int round) {
    int n = round == 0 ? nano / 1_000_000 * 1_000_000 : round == 1 ? nano / 1000 * 1000 : nano;
    Instant t = Instant.ofEpochSecond(epochSecond, n);
    assertThat(InstantText.of(t)).isEqualTo(t.toString());
  }

  @Test
  void edgesOfTheCalendar() {
    for (String s : new String[] {"0000-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "2000-02-29T23:59:59.999Z",
        "2100-03-01T00:00:00.000001Z", "9999-12-31T23:59:59.999999999Z", "-0001-12-31T23:59:59Z",
        "+10000-01-01T00:00:00Z"}) {
      assertThat(InstantText.of(Instant.parse(s))).isEqualTo(s);
    }
  }
}
