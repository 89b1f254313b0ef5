package org.osprey.agent.logcollector.journald;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.osprey.agent.logcollector.json.JsonParseException;
import org.osprey.agent.logcollector.json.JsonParser;
import org.osprey.agent.logcollector.json.JsonValue;

/**
 * One journal entry from {@code journalctl -o json}, with the fields logcollector uses. Values are
 * byte strings; journalctl writes a value that is not valid UTF-8 as an array of byte numbers, and
 * that is read back to the same bytes.
 *
 * @param cursor where the entry is in the journal
 * @param realtimeMicros when it was logged, microseconds since the epoch
 * @param hostname {@code _HOSTNAME}, or null
 * @param identifier {@code SYSLOG_IDENTIFIER}, else {@code _SYSTEMD_UNIT}, else {@code _COMM}, or
 *     null
 * @param message {@code MESSAGE}, or null
 */
public record JournalEntry(
    String cursor, long realtimeMicros, @Nullable String hostname, @Nullable String identifier,
    @Nullable String message) {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

  /**
   * Parses one line of journalctl's output.
   *
   * @throws JsonParseException when it is not an entry (not JSON, or no cursor or time)
   */
  public static JournalEntry parse(String line) throws JsonParseException {
    JsonValue v = JsonParser.parse(line);
    if (!(v instanceof JsonValue.JsonObject o)) {
      throw new JsonParseException("not a JSON object", 0);
    }
    String cursor = text(o.get("__CURSOR"));
    String time = text(o.get("__REALTIME_TIMESTAMP"));
    if (cursor == null || time == null) {
      throw new JsonParseException("entry without __CURSOR or __REALTIME_TIMESTAMP", 0);
    }
    long micros;
    try {
      micros = Long.parseLong(time);
    } catch (NumberFormatException e) {
      throw new JsonParseException("bad __REALTIME_TIMESTAMP '" + time + "'", 0);
    }
    String ident = text(o.get("SYSLOG_IDENTIFIER"));
    if (ident == null) {
      ident = text(o.get("_SYSTEMD_UNIT"));
    }
    if (ident == null) {
      ident = text(o.get("_COMM"));
    }
    return new JournalEntry(cursor, micros, text(o.get("_HOSTNAME")), ident,
        text(o.get("MESSAGE")));
  }

  /** A field's value: a string, bytes, or the first of several values; null if absent. */
  private static @Nullable String text(@Nullable JsonValue v) {
    return switch (v) {
      case null -> null;
      case JsonValue.JsonString s -> s.bytes();
      case JsonValue.JsonNumber n -> n.text();
      case JsonValue.JsonArray a -> {
        if (a.items().isEmpty()) {
          yield null;
        }
        if (a.items().getFirst() instanceof JsonValue.JsonNumber) {
          StringBuilder b = new StringBuilder(a.items().size());
          for (JsonValue item : a.items()) {
            if (!(item instanceof JsonValue.JsonNumber n)) {
              yield null;
            }
            try {
              b.append((char) (Integer.parseInt(n.text()) & 0xff));
            } catch (NumberFormatException e) {
              yield null;
            }
          }
          yield b.toString();
        }
        yield text(a.items().getFirst());
      }
      default -> null;
    };
  }

  /**
   * The event OSSEC's journald reader sends: {@code <local time with offset> <host> <identifier>:
   * <message>}, e.g. {@code 2025-01-31T13:05:09+01:00 web1 sshd: Accepted ...}. OSSEC writes the
   * offset's hours then {@code :00}; here the offset is exact. OSSEC also ends the event with a
   * newline, which analysisd deletes anyway; here it is left out like every other format's.
   *
   * @param defaultHost the host when the entry has none
   */
  public String event(ZoneId zone, String defaultHost) {
    Instant t = Instant.ofEpochSecond(realtimeMicros / 1_000_000, realtimeMicros % 1_000_000 * 1000);
    return STAMP.format(ZonedDateTime.ofInstant(t, zone)) + " "
        + (hostname == null ? defaultHost : hostname) + " "
        + (identifier == null ? "journald" : identifier) + ": " + (message == null ? "" : message);
  }
}
