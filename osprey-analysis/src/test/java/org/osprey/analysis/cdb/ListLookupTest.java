package org.osprey.analysis.cdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every lookup type of spec §6.9, including OSSEC's inverted address_match_key_value. */
class ListLookupTest {
  private static final String LIST = "rules/hosts";
  /** Stands in for the OS_Match check_value "bad": a substring test. */
  private static final Predicate<String> BAD = v -> v.contains("bad");

  @TempDir Path home;
  private CdbLists lists;

  @BeforeEach
  void hostsList() throws IOException {
    Files.createDirectories(home.resolve("rules"));
    Files.writeString(home.resolve("rules/hosts"), """
        10.1.2.3:bad host
        10.1.2.4:good host
        10.1.:bad network
        192.168.:good network
        172.16.5.:bad subnet
        172.16.:good wider
        root:bad user
        admin:
        """);
    ListCompiler.compile(home, ListPath.of("hosts"), false);
    lists = CdbLists.load(home, List.of("hosts"));
    assertThat(lists.problems()).isEmpty();
  }

  private boolean test(LookupType type, String value) {
    return ListLookup.of(ListField.SRCIP, type, BAD, LIST, lists).test(value);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(textBlock = """
      MATCH_KEY,               root,       true
      MATCH_KEY,               admin,      true
      MATCH_KEY,               nobody,     false
      MATCH_KEY,               10.1.2.9,   false
      NOT_MATCH_KEY,           root,       false
      NOT_MATCH_KEY,           nobody,     true
      MATCH_KEY_VALUE,         root,       true
      MATCH_KEY_VALUE,         10.1.2.4,   false
      MATCH_KEY_VALUE,         admin,      false
      MATCH_KEY_VALUE,         nobody,     false
      ADDRESS_MATCH_KEY,       10.1.2.3,   true
      ADDRESS_MATCH_KEY,       10.1.99.7,  true
      ADDRESS_MATCH_KEY,       192.168.0.1, true
      ADDRESS_MATCH_KEY,       10.2.0.1,   false
      ADDRESS_MATCH_KEY,       10.1,       false
      NOT_ADDRESS_MATCH_KEY,   10.1.99.7,  false
      NOT_ADDRESS_MATCH_KEY,   10.2.0.1,   true
      """)
  void plainLookups(LookupType type, String value, boolean expected) {
    assertThat(test(type, value)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(textBlock = """
      10.1.2.3,    false
      10.1.2.4,    true
      10.1.7.7,    false
      192.168.1.1, true
      172.16.5.9,  false
      172.16.9.9,  true
      8.8.8.8,     true
      """)
  void addressMatchKeyValueIsInvertedAsInOssec(String ip, boolean expected) {
    // OSSEC 4.3.0 returns true when the entry is missing or its value does NOT match check_value:
    // 10.1.2.3 ("bad host") matches "bad", so the lookup is false; 10.1.2.4 ("good host") is true;
    // 8.8.8.8 (no entry at all) is true.
    assertThat(test(LookupType.ADDRESS_MATCH_KEY_VALUE, ip)).isEqualTo(expected);
  }

  @Test
  void addressLookupUsesTheExactKeyBeforeAnyPrefix() {
    // 10.1.2.4 exists with "good host"; the matching prefix 10.1. ("bad network") is not consulted.
    assertThat(test(LookupType.ADDRESS_MATCH_KEY_VALUE, "10.1.2.4")).isTrue();
  }

  @Test
  void addressLookupUsesTheLongestPrefix() {
    // 172.16.5. ("bad subnet") wins over 172.16. ("good wider").
    assertThat(test(LookupType.ADDRESS_MATCH_KEY_VALUE, "172.16.5.1")).isFalse();
  }

  @Test
  void prefixesEndInADotAndNeedNotBeIpAddresses() throws IOException {
    Files.writeString(home.resolve("rules/names"), "www.example.:web\n");
    ListCompiler.compile(home, ListPath.of("names"), false);
    CdbLists names = CdbLists.load(home, List.of("names"));
    ListLookup lookup = ListLookup.of(ListField.HOSTNAME, LookupType.ADDRESS_MATCH_KEY, null, "rules/names", names);
    assertThat(lookup.test("www.example.com")).isTrue();
    assertThat(lookup.test("www.example")).isFalse();
    assertThat(lookup.test("www.examples.com")).isFalse();
  }

  @ParameterizedTest
  @EnumSource(LookupType.class)
  void anAbsentFieldFailsEveryType(LookupType type) {
    assertThat(ListLookup.of(ListField.USER, type, BAD, LIST, lists).test(null)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(LookupType.class)
  void aListThatIsNotDeclaredOrCannotBeOpenedFailsEveryType(LookupType type) {
    ListLookup undeclared = ListLookup.of(ListField.SRCIP, type, BAD, "rules/other", lists);
    assertThat(undeclared.listAvailable()).isFalse();
    assertThat(undeclared.test("10.2.0.1")).isFalse();
    CdbLists missing = CdbLists.load(home, List.of("nothing-here"));
    ListLookup unopened = ListLookup.of(ListField.SRCIP, type, BAD, "rules/nothing-here", missing);
    assertThat(unopened.listAvailable()).isFalse();
    assertThat(unopened.test("10.2.0.1")).isFalse();
  }

  @Test
  void valueTypesNeedACheckValue() {
    assertThatThrownBy(() -> ListLookup.of(ListField.USER, LookupType.MATCH_KEY_VALUE, null, LIST, lists))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("check_value");
    assertThatThrownBy(() -> ListLookup.of(ListField.SRCIP, LookupType.ADDRESS_MATCH_KEY_VALUE, null, LIST, lists))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ListLookup.of(ListField.USER, LookupType.MATCH_KEY, null, LIST, lists).test("root")).isTrue();
  }

  @Test
  void theValueIsGivenToTheMatcherAsLatin1Text() {
    StringBuilder seen = new StringBuilder();
    ListLookup lookup = ListLookup.of(ListField.USER, LookupType.MATCH_KEY_VALUE,
        v -> seen.append('[').append(v).append(']') != null, LIST, lists);
    assertThat(lookup.test("admin")).isTrue();
    assertThat(lookup.test("root")).isTrue();
    assertThat(seen).hasToString("[][bad user]");
  }

  @Test
  void aFieldThatIsNotLatin1IsNeverAKey() {
    assertThat(test(LookupType.MATCH_KEY, "r\u0151ot")).isFalse();
    assertThat(test(LookupType.NOT_MATCH_KEY, "r\u0151ot")).isTrue();
    assertThat(test(LookupType.ADDRESS_MATCH_KEY_VALUE, "10.1.\u0151")).isTrue();
  }

  @Test
  void attributeValuesParseIgnoringCase() {
    assertThat(LookupType.parse("Address_Match_Key_Value")).isEqualTo(LookupType.ADDRESS_MATCH_KEY_VALUE);
    assertThat(ListField.parse("PROGRAM_NAME")).isEqualTo(ListField.PROGRAM_NAME);
    assertThatThrownBy(() -> LookupType.parse("match")).hasMessageContaining("lookup=\"match\" is not valid");
    assertThatThrownBy(() -> ListField.parse("srcuser")).hasMessageContaining("field=\"srcuser\" is not valid");
  }

  @Test
  void describesItselfAsTheRuleElement() {
    ListLookup lookup = ListLookup.of(ListField.SRCIP, LookupType.NOT_ADDRESS_MATCH_KEY, null, LIST, lists);
    assertThat(lookup).hasToString("<list field=\"srcip\" lookup=\"not_address_match_key\">rules/hosts</list>");
    assertThat(lookup.field()).isEqualTo(ListField.SRCIP);
    assertThat(lookup.type()).isEqualTo(LookupType.NOT_ADDRESS_MATCH_KEY);
    assertThat(lookup.listName()).isEqualTo(LIST);
    assertThat(lookup.listAvailable()).isTrue();
  }
}
