package org.osprey.agent.logcollector.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osprey.agent.logcollector.json.JsonValue.JsonArray;
import org.osprey.agent.logcollector.json.JsonValue.JsonBoolean;
import org.osprey.agent.logcollector.json.JsonValue.JsonNull;
import org.osprey.agent.logcollector.json.JsonValue.JsonNumber;
import org.osprey.agent.logcollector.json.JsonValue.JsonObject;
import org.osprey.agent.logcollector.json.JsonValue.JsonString;

/**
 * A strict JSON (RFC 8259) parser over byte strings: the input's chars are bytes (Latin-1), so
 * UTF-8 text, and bytes that are not UTF-8, pass through strings unchanged; {@code \}{@code uXXXX}
 * escapes become the UTF-8 bytes of their character. It returns one value or throws
 * {@link JsonParseException} with a position — nothing else — and nests at most {@value #MAX_DEPTH}
 * deep, so no input can exhaust the stack.
 */
public final class JsonParser {
  /** The deepest nesting of arrays and objects accepted. */
  public static final int MAX_DEPTH = 256;

  private final String text;
  private int pos;

  private JsonParser(String text) {
    this.text = text;
  }

  /** Parses {@code text}: one value, with only whitespace around it. */
  public static JsonValue parse(String text) throws JsonParseException {
    JsonParser p = new JsonParser(text);
    p.skipSpace();
    JsonValue v = p.value(0);
    p.skipSpace();
    if (p.pos != text.length()) {
      throw p.error("unexpected text after the value");
    }
    return v;
  }

  private JsonValue value(int depth) throws JsonParseException {
    if (pos >= text.length()) {
      throw error("unexpected end of text");
    }
    char c = text.charAt(pos);
    return switch (c) {
      case '{' -> object(depth + 1);
      case '[' -> array(depth + 1);
      case '"' -> new JsonString(string());
      case 't' -> literal("true", new JsonBoolean(true));
      case 'f' -> literal("false", new JsonBoolean(false));
      case 'n' -> literal("null", new JsonNull());
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          yield number();
        }
        throw error("unexpected character '" + printable(c) + "'");
      }
    };
  }

  private JsonObject object(int depth) throws JsonParseException {
    checkDepth(depth);
    pos++;
    Map<String, JsonValue> members = new LinkedHashMap<>();
    skipSpace();
    if (peek() == '}') {
      pos++;
      return new JsonObject(members);
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw error("expected a member name");
      }
      String key = string();
      skipSpace();
      expect(':');
      skipSpace();
      members.put(key, value(depth));
      skipSpace();
      char c = peek();
      pos++;
      if (c == '}') {
        return new JsonObject(members);
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or '}'");
      }
    }
  }

  private JsonArray array(int depth) throws JsonParseException {
    checkDepth(depth);
    pos++;
    List<JsonValue> items = new ArrayList<>();
    skipSpace();
    if (peek() == ']') {
      pos++;
      return new JsonArray(items);
    }
    while (true) {
      skipSpace();
      items.add(value(depth));
      skipSpace();
      char c = peek();
      pos++;
      if (c == ']') {
        return new JsonArray(items);
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or ']'");
      }
    }
  }

  private String string() throws JsonParseException {
    pos++; // the opening quote
    int start = pos;
    // Fast path: no escapes.
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '"') {
        return text.substring(start, pos++);
      }
      if (c == '\\' || c < 0x20) {
        break;
      }
      pos++;
    }
    StringBuilder b = new StringBuilder(text.length() - start);
    b.append(text, start, pos);
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        return b.toString();
      }
      if (c < 0x20) {
        throw error("control character in a string");
      }
      if (c != '\\') {
        b.append(c);
        pos++;
        continue;
      }
      pos++;
      char e = peek();
      pos++;
      switch (e) {
        case '"', '\\', '/' -> b.append(e);
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 'u' -> appendUtf8(b, codePoint());
        default -> {
          pos--;
          throw error("bad escape");
        }
      }
    }
    throw error("unterminated string");
  }

  private int codePoint() throws JsonParseException {
    int high = hex4();
    if (high >= 0xD800 && high <= 0xDBFF && text.startsWith("\\u", pos)) {
      int save = pos;
      pos += 2;
      int low = hex4();
      if (low >= 0xDC00 && low <= 0xDFFF) {
        return Character.toCodePoint((char) high, (char) low);
      }
      pos = save;
    }
    if (high >= 0xD800 && high <= 0xDFFF) {
      return 0xFFFD; // a lone surrogate has no UTF-8 form
    }
    return high;
  }

  private int hex4() throws JsonParseException {
    if (pos + 4 > text.length()) {
      throw error("short \\u escape");
    }
    int v = 0;
    for (int i = 0; i < 4; i++) {
      int d = Character.digit(text.charAt(pos), 16);
      if (d < 0 || text.charAt(pos) > 'f') {
        throw error("bad hex digit in \\u escape");
      }
      v = v * 16 + d;
      pos++;
    }
    return v;
  }

  private static void appendUtf8(StringBuilder b, int cp) {
    if (cp < 0x80) {
      b.append((char) cp);
    } else if (cp < 0x800) {
      b.append((char) (0xC0 | cp >> 6)).append((char) (0x80 | cp & 0x3F));
    } else if (cp < 0x10000) {
      b.append((char) (0xE0 | cp >> 12)).append((char) (0x80 | cp >> 6 & 0x3F))
          .append((char) (0x80 | cp & 0x3F));
    } else {
      b.append((char) (0xF0 | cp >> 18)).append((char) (0x80 | cp >> 12 & 0x3F))
          .append((char) (0x80 | cp >> 6 & 0x3F)).append((char) (0x80 | cp & 0x3F));
    }
  }

  private JsonNumber number() throws JsonParseException {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else if (isDigit(peek())) {
      digits();
    } else {
      throw error("bad number");
    }
    if (peek() == '.') {
      pos++;
      if (!isDigit(peek())) {
        throw error("bad number");
      }
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw error("bad number");
      }
      digits();
    }
    return new JsonNumber(text.substring(start, pos));
  }

  private void digits() {
    while (isDigit(peek())) {
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private JsonValue literal(String word, JsonValue v) throws JsonParseException {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected character '" + printable(text.charAt(pos)) + "'");
    }
    pos += word.length();
    return v;
  }

  private void expect(char c) throws JsonParseException {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  /** The current char, or NUL at the end (never valid where a token is expected). */
  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipSpace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private void checkDepth(int depth) throws JsonParseException {
    if (depth > MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH);
    }
  }

  private JsonParseException error(String message) {
    return new JsonParseException(message, Math.min(pos, text.length()));
  }

  private static String printable(char c) {
    return c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\x%02x", (int) c);
  }
}
