package org.osprey.agent.logcollector.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.osprey.agent.logcollector.json.JsonValue.JsonArray;
import org.osprey.agent.logcollector.json.JsonValue.JsonBoolean;
import org.osprey.agent.logcollector.json.JsonValue.JsonNull;
import org.osprey.agent.logcollector.json.JsonValue.JsonNumber;
import org.osprey.agent.logcollector.json.JsonValue.JsonObject;
import org.osprey.agent.logcollector.json.JsonValue.JsonString;

class JsonParserTest {

  @Test
  void parsesEveryKindOfValue() throws JsonParseException {
    JsonValue v = JsonParser.parse(
        " {\"s\":\"a\\\"b\\\\c\\n\",\"n\":-1.5e3,\"t\":true,\"f\":false,\"z\":null,\"a\":[1,[],{}]} ");
    assertThat(v).isEqualTo(new JsonObject(Map.of(
        "s", new JsonString("a\"b\\c\n"),
        "n", new JsonNumber("-1.5e3"),
        "t", new JsonBoolean(true),
        "f", new JsonBoolean(false),
        "z", new JsonNull(),
        "a", new JsonArray(List.of(new JsonNumber("1"), new JsonArray(List.of()),
            new JsonObject(Map.of()))))));
  }

  @Test
  void stringsAreByteStrings() throws JsonParseException {
    // Raw UTF-8 bytes (as Latin-1 chars) and bytes that are not UTF-8 pass through unchanged;
    // escapes become the UTF-8 bytes of their character.
    assertThat(JsonParser.parse("\"caf\u00c3\u00a9 \u00ff\"")).isEqualTo(new JsonString("caf\u00c3\u00a9 \u00ff"));
    assertThat(JsonParser.parse("\"\\u00e9\\ud83d\\ude00\\ud800\""))
        .isEqualTo(new JsonString("\u00c3\u00a9\u00f0\u009f\u0098\u0080\u00ef\u00bf\u00bd"));
  }

  @Test
  void errorsSayWhere() {
    assertThat(catchThrowableOfType(JsonParseException.class, () -> JsonParser.parse("{\"a\":1,}"))
        .position()).isEqualTo(7);
    assertThat(catchThrowableOfType(JsonParseException.class, () -> JsonParser.parse("[1] x"))
        .getMessage()).isEqualTo("unexpected text after the value at position 4");
    assertThat(catchThrowableOfType(JsonParseException.class, () -> JsonParser.parse("\"a\tb\""))
        .getMessage()).contains("control character");
    assertThat(catchThrowableOfType(JsonParseException.class, () -> JsonParser.parse("01"))
        .position()).isEqualTo(1);
    assertThat(catchThrowableOfType(JsonParseException.class,
        () -> JsonParser.parse("[".repeat(100_000))).getMessage()).contains("nested deeper");
  }

  @Property(tries = 2000)
  void anyInputGivesAValueOrAParseErrorWithAPosition(
      @ForAll @StringLength(max = 60) @CharRange(from = 0, to = 255) String text) {
    try {
      JsonParser.parse(text);
    } catch (JsonParseException e) {
      assertThat(e.position()).isBetween(0, text.length());
    }
  }

  @Property(tries = 1000)
  void mutatedJsonGivesAValueOrAParseError(
      @ForAll @StringLength(max = 8) @CharRange(from = 0, to = 255) String junk,
      @ForAll int where) {
    String base = "{\"msg\":\"x\\u0041\",\"n\":[1,2.5e-3,{\"t\":true}],\"z\":null}";
    int at = Math.floorMod(where, base.length() + 1);
    String text = base.substring(0, at) + junk + base.substring(at);
    try {
      assertThat(JsonParser.parse(text)).isNotNull();
    } catch (JsonParseException e) {
      assertThat(e.position()).isBetween(0, text.length());
    }
  }
}
