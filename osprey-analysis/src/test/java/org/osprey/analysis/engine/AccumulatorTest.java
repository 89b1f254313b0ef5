package org.osprey.analysis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osprey.analysis.decoder.Decoder;
import org.osprey.analysis.decoder.DecoderLoader;
import org.osprey.analysis.decoder.DecoderSet;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.event.Field;
import org.osprey.analysis.load.Problems;
import org.osprey.xml.OssecXml;

/** OSSEC's accumulator (spec §5.7) against event time. */
class AccumulatorTest {
  static final long T0 = 1_700_000_000L;
  static Decoder slapd;
  static Decoder other;

  Accumulator acc;

  @BeforeEach
  void setUp() throws Exception {
    DecoderLoader loader = new DecoderLoader(64, new Problems());
    loader.load(OssecXml.parse("<decoder name=\"slapd\"><prematch>^conn=</prematch><accumulate/>"
        + "</decoder><decoder name=\"other\"><prematch>^x</prematch><accumulate/></decoder>",
        "test.xml"));
    DecoderSet set = loader.build();
    slapd = set.withoutProgram().get(0);
    other = set.withoutProgram().get(1);
    acc = new Accumulator();
  }

  private static Event event(long t, String host, Decoder d, String id, Field f, String value) {
    Event e = new Event('1', "/var/log/ldap", "x", t, ZoneOffset.UTC);
    e.setHostname(host);
    e.setDecoder(d);
    if (id != null) {
      e.set(Field.ID, id);
    }
    if (f != null) {
      e.set(f, value);
    }
    return e;
  }

  @Test
  void laterEventsOfTheSameIdGetTheFieldsTheyLack() {
    acc.accumulate(event(T0, "ldap1", slapd, "7", Field.SRCIP, "10.0.0.5"));
    acc.accumulate(event(T0 + 1, "ldap1", slapd, "7", Field.DSTUSER, "alice"));
    Event result = event(T0 + 2, "ldap1", slapd, "7", null, null);
    acc.accumulate(result);
    assertThat(result.get(Field.SRCIP)).isEqualTo("10.0.0.5");
    assertThat(result.get(Field.DSTUSER)).isEqualTo("alice");
  }

  @Test
  void theFirstValueWinsAndAnEventKeepsItsOwn() {
    acc.accumulate(event(T0, "h", slapd, "7", Field.DSTUSER, "alice"));
    Event bob = event(T0 + 1, "h", slapd, "7", Field.DSTUSER, "bob");
    acc.accumulate(bob);
    assertThat(bob.get(Field.DSTUSER)).isEqualTo("bob");
    Event empty = event(T0 + 2, "h", slapd, "7", Field.DSTUSER, "");
    acc.accumulate(empty);
    assertThat(empty.get(Field.DSTUSER)).isEqualTo("alice");
  }

  @Test
  void entriesExpireAfter120SecondsOfEventTime() {
    acc.accumulate(event(T0, "h", slapd, "7", Field.SRCIP, "10.0.0.5"));
    Event inTime = event(T0 + 120, "h", slapd, "7", null, null);
    acc.accumulate(inTime);
    assertThat(inTime.get(Field.SRCIP)).isEqualTo("10.0.0.5");
    // The lookup at T0+120 refreshed the entry; 121 s after that it is gone.
    Event late = event(T0 + 241, "h", slapd, "7", null, null);
    acc.accumulate(late);
    assertThat(late.get(Field.SRCIP)).isNull();
    Event after = event(T0 + 242, "h", slapd, "7", null, null);
    acc.accumulate(after);
    assertThat(after.get(Field.SRCIP)).as("the expired entry was replaced by an empty one").isNull();
  }

  @Test
  void theKeyIsHostnameDecoderAndId() {
    acc.accumulate(event(T0, "h", slapd, "7", Field.SRCIP, "10.0.0.5"));
    Event otherHost = event(T0 + 1, "h2", slapd, "7", null, null);
    Event otherId = event(T0 + 1, "h", slapd, "8", null, null);
    Event otherDecoder = event(T0 + 1, "h", other, "7", null, null);
    for (Event e : new Event[] {otherHost, otherId, otherDecoder}) {
      acc.accumulate(e);
      assertThat(e.get(Field.SRCIP)).isNull();
    }
  }

  @Test
  void valuesLongerThan80CharactersAreNotCarried() {
    acc.accumulate(event(T0, "h", slapd, "7", Field.DATA, "d".repeat(81)));
    acc.accumulate(event(T0, "h", slapd, "7", Field.URL, "u"));
    Event e = event(T0 + 1, "h", slapd, "7", null, null);
    acc.accumulate(e);
    assertThat(e.get(Field.DATA)).isNull();
    assertThat(e.get(Field.URL)).as("url is not accumulated").isNull();
    acc.accumulate(event(T0 + 2, "h", slapd, "7", Field.DATA, "d".repeat(80)));
    Event f = event(T0 + 3, "h", slapd, "7", null, null);
    acc.accumulate(f);
    assertThat(f.get(Field.DATA)).isEqualTo("d".repeat(80));
  }

  @Test
  void eventsWithoutAnIdOrWithAnOverlongKeyAreLeftAlone() {
    acc.accumulate(event(T0, "h", slapd, null, Field.SRCIP, "10.0.0.5"));
    assertThat(acc.size()).isZero();
    acc.accumulate(event(T0, "h".repeat(250), slapd, "7", Field.SRCIP, "10.0.0.5"));
    assertThat(acc.size()).isZero();
  }

  @Test
  void expiredEntriesArePurgedEvery200Lookups() {
    acc.accumulate(event(T0, "h", slapd, "old", Field.SRCIP, "10.0.0.5"));
    for (int i = 0; i < 198; i++) {
      acc.accumulate(event(T0 + 200, "h", slapd, "new", null, null));
    }
    assertThat(acc.size()).isEqualTo(2);
    acc.accumulate(event(T0 + 200, "h", slapd, "new", null, null));
    assertThat(acc.size()).isEqualTo(1);
  }
}
