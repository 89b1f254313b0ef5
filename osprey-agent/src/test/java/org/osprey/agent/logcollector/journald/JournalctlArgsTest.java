package org.osprey.agent.logcollector.journald;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JournalctlArgsTest {
  @Test
  void startsAtTheEndWithoutACursorAndAfterItWithOne() {
    assertThat(JournalctlArgs.of("all", null)).containsExactly(
        "--output=json", "--all", "--follow", "--quiet", "--no-pager", "--lines=0");
    assertThat(JournalctlArgs.of("all", "s=1;i=2")).endsWith("--after-cursor=s=1;i=2", "--no-tail");
  }

  @Test
  void theLocationIsAUnitAnIdentifierOrMatches() {
    assertThat(JournalctlArgs.of("sshd.service", null)).last().isEqualTo("--unit=sshd.service");
    assertThat(JournalctlArgs.of("sshd", null)).last().isEqualTo("--identifier=sshd");
    assertThat(JournalctlArgs.of("/var/log/journal", null)).last().isEqualTo("--lines=0");
    assertThat(JournalctlArgs.of("_SYSTEMD_UNIT=cron.service + PRIORITY=3", null))
        .endsWith("_SYSTEMD_UNIT=cron.service", "+", "PRIORITY=3");
    assertThatThrownBy(() -> JournalctlArgs.of("_PID=1 oops", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'oops'");
  }
}
