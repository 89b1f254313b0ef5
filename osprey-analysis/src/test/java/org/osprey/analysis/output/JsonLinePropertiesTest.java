package org.osprey.analysis.output;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.osprey.analysis.decoder.DecoderType;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.event.Field;
import org.osprey.analysis.rule.Correlation;
import org.osprey.analysis.rule.Rule;

/**
 * Whatever the event text, an alerts.json line is one valid JSON object in valid UTF-8, and every
 * string in it parses back to the reference reading of the event's bytes.
 */
class JsonLinePropertiesTest {
  private final AlertJson json = new AlertJson("mgr", AgentIds.UNKNOWN);

  @Property(tries = 1500)
  void anyEventGivesOneParsableLine(@ForAll("text") String fullLog, @ForAll("text") String user,
      @ForAll("text") String description, @ForAll("text") String host,
      @ForAll("text") String earlier, @ForAll boolean agent) throws Exception {
    String location = agent ? "(" + host + ") any->/var/log/x" : "/var/log/" + host;
    Event e = new Event('1', location, fullLog, 1_700_000_000L, TestEngine.ZONE);
    e.setHostname(agent ? e.location() : host);
    e.set(Field.SRCUSER, user);
    e.setLastEvents(List.of("first", earlier.isEmpty() ? "x" : earlier));
    Rule r = new Rule(-1, 100, 3, "g1," + user + ",", description, List.of(), DecoderType.SYSLOG,
        List.of(), 0, false, false, true, false, 0, 0, 0, Correlation.NONE, 0, null, null,
        Set.of(), false, Set.of(), Set.of(), "(test)", 0);
    StringBuilder b = new StringBuilder();
    json.format(e, r, 7, 2, b);
    String line = b.toString();

    byte[] utf8 = line.getBytes(UTF_8);
    String strict = UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8)).toString();
    assertThat(strict).isEqualTo(line);
    assertThat(line.indexOf('\n')).isEqualTo(line.length() - 1);

    Map<String, Object> o = MiniJson.object(line);
    assertThat(o.get("full_log")).isEqualTo(read(fullLog));
    assertThat(MiniJson.at(o, "data.srcuser")).isEqualTo(read(user));
    assertThat(MiniJson.at(o, "rule.description")).isEqualTo(read(description));
    assertThat(o.get("previous_output")).isEqualTo("first\n" + read(earlier.isEmpty() ? "x"
        : earlier));
    if (agent) {
      int close = host.indexOf(')');
      assertThat(MiniJson.at(o, "agent.name"))
          .isEqualTo(read(close < 0 ? host : host.substring(0, close)));
    } else {
      assertThat(o.get("location")).isEqualTo(read(location));
    }
  }

  private static String read(String latin1) {
    return JsonTextTest.reference(latin1.getBytes(ISO_8859_1));
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.strings().withCharRange((char) 0, (char) 0xFF).ofMaxLength(30);
  }
}
