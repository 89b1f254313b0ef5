package org.osprey.agent.logcollector.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A parsed JSON value. Strings (object keys too) are byte strings: each char is one byte of the
 * UTF-8 text, as the rest of logcollector carries bytes.
 */
public sealed interface JsonValue {

  /** An object; members keep their order, and a repeated key keeps its last value. */
  record JsonObject(Map<String, JsonValue> members) implements JsonValue {
    public JsonObject {
      members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    /** The member {@code key}, or null. */
    public @Nullable JsonValue get(String key) {
      return members.get(key);
    }
  }

  /** An array. */
  record JsonArray(List<JsonValue> items) implements JsonValue {
    public JsonArray {
      items = List.copyOf(items);
    }
  }

  /** A string, as bytes in Latin-1 chars. */
  record JsonString(String bytes) implements JsonValue {}

  /** A number, as written. */
  record JsonNumber(String text) implements JsonValue {}

  /** {@code true} or {@code false}. */
  record JsonBoolean(boolean value) implements JsonValue {}

  /** {@code null}. */
  record JsonNull() implements JsonValue {}
}
