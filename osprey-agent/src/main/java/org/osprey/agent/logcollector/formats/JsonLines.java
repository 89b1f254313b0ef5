package org.osprey.agent.logcollector.formats;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osprey.agent.logcollector.json.JsonParseException;
import org.osprey.agent.logcollector.json.JsonParser;
import org.osprey.agent.logcollector.json.JsonValue;

/**
 * {@code json}: one JSON object per line, sent as it is, with the localfile's labels added as
 * string members (a label whose key the object already has is left out, so the log's own value
 * wins). A line that is not a JSON object is still sent unchanged — nothing read is dropped — and
 * reported; after {@value #REPORTED} such lines a file's further ones are only counted.
 */
final class JsonLines implements RecordFormat {
  static final int REPORTED = 10;

  private final FormatContext ctx;
  private final String file;
  private final Map<String, String> labels;
  private long invalid;

  JsonLines(FormatContext ctx, String file, Map<String, String> labels) {
    this.ctx = ctx;
    this.file = file;
    this.labels = labels.isEmpty() ? Map.of() : encode(labels);
  }

  /** Label keys and values as UTF-8 byte strings, in their configured order. */
  private static Map<String, String> encode(Map<String, String> labels) {
    Map<String, String> out = new LinkedHashMap<>();
    labels.forEach((k, v) -> out.put(bytes(k), bytes(v)));
    return out;
  }

  private static String bytes(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  @Override
  public void line(String s, Emitter out) throws InterruptedException {
    JsonValue v;
    try {
      v = JsonParser.parse(s);
    } catch (JsonParseException e) {
      report(e.getMessage());
      out.emit('1', s);
      return;
    }
    if (!(v instanceof JsonValue.JsonObject o)) {
      report("not an object");
      out.emit('1', s);
      return;
    }
    if (labels.isEmpty()) {
      out.emit('1', s);
      return;
    }
    StringBuilder added = new StringBuilder();
    boolean first = o.members().isEmpty();
    for (Map.Entry<String, String> label : labels.entrySet()) {
      if (o.members().containsKey(label.getKey())) {
        continue;
      }
      if (!first) {
        added.append(',');
      }
      first = false;
      quote(added, label.getKey());
      added.append(':');
      quote(added, label.getValue());
    }
    int close = s.lastIndexOf('}');
    out.emit('1', s.substring(0, close) + added + s.substring(close));
  }

  private void report(String why) {
    invalid++;
    if (invalid <= REPORTED) {
      ctx.warn().accept("Line read from '" + file + "' is not a JSON object (" + why
          + "); sent as it is." + (invalid == REPORTED
              ? " Further such lines of this file are not reported." : ""));
    }
  }

  /** Writes {@code s} as a JSON string; bytes of 0x80 and above pass through as they are. */
  static void quote(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }
}
