package org.osprey.agent.logcollector.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class StrftimeTest {
  private static final ZonedDateTime T = ZonedDateTime.parse("2026-03-05T07:08:09+01:00[Europe/Paris]");

  @Test
  void formatsLikeTheCLibraryInTheCLocale() {
    assertThat(Strftime.format("/var/log/app-%Y-%m-%d.log", T)).isEqualTo("/var/log/app-2026-03-05.log");
    assertThat(Strftime.format("%y%m%d %H:%M:%S %e|%j|%a %A %b %B %h", T))
        .isEqualTo("260305 07:08:09  5|064|Thu Thursday Mar March Mar");
    assertThat(Strftime.format("%F %T %D %R %p %I %l %k %u %w %z %s %% %C %G %g %V %U %W", T))
        .isEqualTo("2026-03-05 07:08:09 03/05/26 07:08 AM 07  7  7 4 4 +0100 1772690889 % 20 "
            + "2026 26 10 09 09");
  }

  @Test
  void refusesWhatItDoesNotKnow() {
    assertThat(Strftime.hasConversions("/var/log/x")).isFalse();
    assertThatThrownBy(() -> Strftime.check("/var/log/%Q.log"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'%Q'");
    assertThatThrownBy(() -> Strftime.check("/var/log/x%")).isInstanceOf(IllegalArgumentException.class);
  }
}
