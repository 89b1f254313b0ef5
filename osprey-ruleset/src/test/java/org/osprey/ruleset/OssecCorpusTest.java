package org.osprey.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osprey.testing.SharedReference;

/**
 * OSSEC's own rule corpus ({@code ossec-testing/tests/*.ini} of 4.3.0) run through Osprey's ruleset:
 * since Osprey keeps OSSEC's rule ids, levels and decoder names for the same events, the files of the
 * sources Osprey covers pass completely. The report names every file with its pass count, and the
 * files not covered yet.
 */
class OssecCorpusTest {
  /** The reference files whose sources Osprey's ruleset covers: each must pass completely. */
  static final List<String> COVERED = List.of(
      "apache.ini",
      "apparmor.ini",
      "asterisk.ini",
      "cimserver.ini",
      "cisco_ios.ini",
      "cpanel.ini",
      "dnsmasq.ini",
      "dovecot.ini",
      "dpkg.ini",
      "dropbear.ini",
      "exim.ini",
      "firewalld.ini",
      "mailscanner.ini",
      "manage_agents.ini",
      "modsecurity.ini",
      "msauth.ini",
      "named.ini",
      "netscreen.ini",
      "nginx.ini",
      "openbsd-dhcpd.ini",
      "openbsd-httpd.ini",
      "openbsd.ini",
      "opensmtpd.ini",
      "ossec.ini",
      "pam.ini",
      "pix.ini",
      "postfix.ini",
      "proftpd.ini",
      "rsh.ini",
      "samba.ini",
      "sshd.ini",
      "su.ini",
      "sudo.ini",
      "syslog.ini",
      "sysmon.ini",
      "systemd.ini",
      "unbound.ini",
      "vsftpd.ini",
      "web_rules.ini");

  static List<String> all;
  static CorpusReport report;

  @BeforeAll
  static void run() throws Exception {
    Path dir = SharedReference.ossec().resolve("ossec-testing/tests");
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> files = s.filter(p -> p.toString().endsWith(".ini")).sorted().toList();
      all = files.stream().map(p -> p.getFileName().toString()).toList();
      report = CorpusReport.run(OurRuleset.runner(), files);
    }
  }

  @Test
  void coveredFilesPassCompletely() {
    List<String> notCovered = new ArrayList<>();
    StringBuilder lines = new StringBuilder();
    for (String f : all) {
      CorpusReport.FileResult r = report.files().get(f);
      boolean covered = COVERED.contains(f);
      if (!covered) {
        notCovered.add(f);
      }
      lines.append(String.format("  %-22s %3d/%-3d %s%n", f, r.passed(), r.total(),
          covered ? "covered" : "not covered yet"));
    }
    System.out.print("OSSEC corpus against Osprey's ruleset: " + report.passed() + " of "
        + report.total() + " cases pass\n" + lines + "not covered yet: " + notCovered + "\n");
    assertThat(all).as("covered files exist in the reference corpus").containsAll(COVERED);
    assertThat(COVERED.stream().filter(f -> !report.files().get(f).allPass()).toList())
        .as("covered files with failures:%n%s", report.failuresOf(COVERED))
        .isEmpty();
  }
}
