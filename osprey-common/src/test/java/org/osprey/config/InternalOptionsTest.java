package org.osprey.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.testing.SharedReference;

/** internal_options.conf with OSSEC's getDefine_Int semantics. */
class InternalOptionsTest {

  private static InternalOptions parse(String main, String local) throws ConfigException {
    return InternalOptions.parse(main, "etc/internal_options.conf", local,
        "etc/local_internal_options.conf");
  }

  @Test
  void ossecsOwnFileLoadsAndDefinesEveryDeclaredOption() throws ConfigException {
    InternalOptions o = InternalOptions.load(SharedReference.ossec().resolve("etc"));
    assertThat(o.missing()).isNotEmpty().allMatch(InternalOption::extension);
    assertThat(o.getInt("analysisd", "default_timeframe", 60, 604800)).isEqualTo(360);
    assertThat(o.getInt("monitord", "notify_time", 60, 3600)).isEqualTo(600);
    assertThat(o.definition("maild", "groupping").line()).isPositive();
  }

  @Test
  void shippedDefaultsDefineEveryOptionWithItsDeclaredDefault() throws ConfigException {
    InternalOptions o = InternalOptions.defaults();
    assertThat(o.missing()).isEmpty();
    for (InternalOption option : InternalOptionSchema.all()) {
      assertThat(o.get(option)).as(option.key()).isEqualTo(option.defaultValue());
    }
  }

  @Test
  void shippedDefaultsAgreeWithOssecsValues() throws ConfigException {
    InternalOptions ossec = InternalOptions.load(SharedReference.ossec().resolve("etc"));
    InternalOptions ours = InternalOptions.defaults();
    for (InternalOption option : InternalOptionSchema.all()) {
      if (!option.extension()) {
        assertThat(ours.get(option)).as(option.key()).isEqualTo(ossec.get(option));
      }
    }
  }

  @Test
  void theLocalFileWins() throws ConfigException {
    InternalOptions o = parse("analysisd.debug=0\nmaild.groupping=1\n", "# mine\nanalysisd.debug=2\n");
    assertThat(o.getInt("analysisd", "debug", 0, 2)).isEqualTo(2);
    assertThat(o.definition("analysisd", "debug").source()).isEqualTo("etc/local_internal_options.conf");
    assertThat(o.getInt("maild", "groupping", 0, 1)).isEqualTo(1);
  }

  @Test
  void getIntRefusesMissingNonDigitAndOutOfRange() throws ConfigException {
    InternalOptions o = parse("custom.size=12 \ncustom.neg=-1\ncustom.big=5000\n", null);
    assertThat(catchThrowableOfType(ConfigException.class, () -> o.getInt("custom", "nothing", 0, 9))
        .problems()).singleElement().hasToString(
            "etc/internal_options.conf: missing definition for 'custom.nothing'");
    assertThat(catchThrowableOfType(ConfigException.class, () -> o.getInt("custom", "size", 0, 99))
        .getMessage()).isEqualTo(
            "etc/internal_options.conf:1: invalid value for custom.size: '12 ' (expected a number 0-99)");
    assertThat(catchThrowableOfType(ConfigException.class, () -> o.getInt("custom", "neg", 0, 9))
        .problems().get(0).line()).isEqualTo(2);
    assertThat(catchThrowableOfType(ConfigException.class, () -> o.getInt("custom", "big", 1, 4096))
        .getMessage()).endsWith("'5000' (expected a number 1-4096)");
    assertThat(o.getInt("custom", "big", 1, 5000)).isEqualTo(5000);
  }

  @Test
  void loadingChecksDeclaredRangesAndLinesInBothFiles() {
    ConfigException e = catchThrowableOfType(ConfigException.class, () -> parse("""
        # comment
        analysisd.decoder_order_size=2048
        monitord.day_wait=10
        monitord.day_wait=20
        not a definition
        unknown.key=whatever
        """, "remoted.debug=x\n"));
    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "etc/internal_options.conf:2: invalid value for analysisd.decoder_order_size: '2048' (expected a number 8-1024)",
        "etc/internal_options.conf:4: 'monitord.day_wait' is already defined at line 3",
        "etc/internal_options.conf:5: invalid line (expected section.name=value): 'not a definition'",
        "etc/local_internal_options.conf:1: invalid value for remoted.debug: 'x' (expected a number 0-2)");
  }

  @Test
  void loadReadsTheLocalFileBesideTheMainOne(@TempDir Path etc) throws IOException, ConfigException {
    Files.writeString(etc.resolve(InternalOptions.FILE), InternalOptions.defaultsText());
    assertThat(InternalOptions.load(etc).getInt("syscheck", "sleep", 0, 64)).isEqualTo(2);
    Files.writeString(etc.resolve(InternalOptions.LOCAL_FILE), "syscheck.sleep=0\r\n");
    assertThat(InternalOptions.load(etc).getInt("syscheck", "sleep", 0, 64)).isZero();
    Files.delete(etc.resolve(InternalOptions.FILE));
    assertThat(catchThrowableOfType(ConfigException.class, () -> InternalOptions.load(etc))
        .getMessage()).contains("internal_options.conf: cannot read the file");
  }

  @Test
  void anOspreyOptionMissingFromAnOlderInstallTakesItsDefault() throws ConfigException {
    InternalOption maxLine = InternalOptionSchema.find("logcollector", "max_line_length");
    assertThat(maxLine.extension()).isTrue();
    assertThat(parse("logcollector.loop_timeout=2\n", null).getOrDefault(maxLine))
        .isEqualTo(maxLine.defaultValue());
    assertThat(parse("logcollector.max_line_length=1024\n", null).getOrDefault(maxLine))
        .isEqualTo(1024);
    assertThat(catchThrowableOfType(ConfigException.class,
        () -> parse("", "logcollector.max_line_length=70000\n").getOrDefault(maxLine))
        .getMessage()).endsWith("'70000' (expected a number 256-60000)");
  }

  @Test
  void everyDeclaredRangeHoldsItsDefault() {
    assertThat(InternalOptionSchema.all()).hasSizeGreaterThan(60)
        .allSatisfy(o -> assertThat(o.defaultValue()).isBetween(o.min(), o.max()));
    assertThat(InternalOptionSchema.find("analysisd", "decoder_order_size").max()).isEqualTo(1024);
    assertThat(InternalOptionSchema.find("analysisd", "nope")).isNull();
  }
}
