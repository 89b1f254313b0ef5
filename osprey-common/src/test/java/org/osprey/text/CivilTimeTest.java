package org.osprey.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class CivilTimeTest {
  @Property(tries = 5000)
  void agreesWithJavaTime(@ForAll @LongRange(min = -100_000_000_000L, max = 300_000_000_000L) long epochSecond) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
    assertThat(CivilTime.ofEpochSecond(epochSecond))
        .isEqualTo(new CivilTime(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
            t.getSecond()));
  }
}
