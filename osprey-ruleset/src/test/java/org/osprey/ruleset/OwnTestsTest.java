package org.osprey.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osprey.analysis.testing.CorpusRunner;
import org.osprey.analysis.testing.IniCorpus;

/**
 * Osprey's own test files ({@code tests/*.ini}, samples we wrote in each program's real format) run
 * through Osprey's ruleset installed as {@code osprey install} installs it, each case in a fresh engine
 * as OSSEC's runtests.py does with a fresh ossec-logtest: every case must pass.
 */
class OwnTestsTest {
  static List<Path> files;
  static CorpusReport report;

  @BeforeAll
  static void run() {
    files = OurRuleset.testFiles();
    report = CorpusReport.run(OurRuleset.runner(), files);
  }

  @Test
  void everyCaseOfEveryFilePasses() {
    System.out.println("own tests: " + report.passed() + " of " + report.total() + " pass; "
        + report.files().values());
    assertThat(report.passed())
        .as("failures, per file:%n%s", report.failuresOf(report.files().keySet()))
        .isEqualTo(report.total());
    assertThat(report.total()).isGreaterThan(100);
  }

  @Test
  void aWrongExpectationFails() throws Exception {
    CorpusRunner runner = OurRuleset.runner();
    String line = "Feb  3 10:15:01 web1 sshd[2231]: pam_unix(sshd:auth): authentication failure;"
        + " logname= uid=0 euid=0 tty=ssh ruser= rhost=203.0.113.9  user=root";
    IniCorpus.Case right = new IniCorpus.Case("x.ini", "s", "log 1 pass", line, true, "5503", "5",
        "pam");
    IniCorpus.Case wrongLevel = new IniCorpus.Case("x.ini", "s", "log 1 pass", line, true, "5503",
        "6", "pam");
    IniCorpus.Case wrongDecoder = new IniCorpus.Case("x.ini", "s", "log 1 pass", line, true,
        "5503", "5", "sshd");
    IniCorpus.Case matchingFailLine = new IniCorpus.Case("x.ini", "s", "log 1 fail", line, false,
        "5503", "5", "pam");
    assertThat(runner.passes(right)).isTrue();
    assertThat(runner.passes(wrongLevel)).isFalse();
    assertThat(runner.passes(wrongDecoder)).isFalse();
    assertThat(runner.passes(matchingFailLine)).isFalse();
  }
}
