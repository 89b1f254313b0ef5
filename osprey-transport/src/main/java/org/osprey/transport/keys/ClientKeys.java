package org.osprey.transport.keys;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.osprey.config.IpRange;

/**
 * The parsed content of {@code client.keys} (spec §2.1): immutable, with an index by id and one by the
 * stored IP text (first entry wins). Lines starting with {@code #} or a space, and removed entries (name
 * starting with {@code #}), are skipped; a line with fewer than three spaces is skipped and reported.
 */
public final class ClientKeys {
  /** OSSEC's KEYSIZE − 1: longer fields are cut. */
  public static final int FIELD_MAX = 127;

  private final List<AgentKey> entries;
  private final Map<String, AgentKey> byId;
  private final Map<String, AgentKey> byIp;
  private final Set<String> usedIds;
  private final List<String> skipped;

  private ClientKeys(List<AgentKey> entries, Set<String> usedIds, List<String> skipped) {
    this.entries = List.copyOf(entries);
    Map<String, AgentKey> ids = new HashMap<>();
    Map<String, AgentKey> ips = new HashMap<>();
    for (AgentKey k : entries) {
      ids.putIfAbsent(k.id(), k);
      ips.putIfAbsent(k.ipText(), k);
    }
    this.byId = Map.copyOf(ids);
    this.byIp = Map.copyOf(ips);
    this.usedIds = Collections.unmodifiableSet(new LinkedHashSet<>(usedIds));
    this.skipped = List.copyOf(skipped);
  }

  /** No keys. */
  public static ClientKeys empty() {
    return new ClientKeys(List.of(), Set.of(), List.of());
  }

  /** Keys from entries already checked. */
  public static ClientKeys of(List<AgentKey> entries) {
    Set<String> ids = new LinkedHashSet<>();
    entries.forEach(e -> ids.add(e.id()));
    return new ClientKeys(entries, ids, List.of());
  }

  /**
   * Parses the bytes of a keys file (Latin-1, as C reads it; {@code \r} is kept in the key).
   *
   * @param source names the file in messages
   * @throws KeysException when an entry's IP is invalid (OSSEC refuses to run then)
   */
  public static ClientKeys parse(byte[] content, String source) throws KeysException {
    String text = new String(content, StandardCharsets.ISO_8859_1);
    List<AgentKey> entries = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    List<String> skipped = new ArrayList<>();
    int lineNo = 0;
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      String line = text.substring(start, nl < 0 ? text.length() : nl);
      start = nl < 0 ? text.length() : nl + 1;
      lineNo++;
      if (line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == ' ') {
        continue;
      }
      int s1 = line.indexOf(' ');
      int s2 = s1 < 0 ? -1 : line.indexOf(' ', s1 + 1);
      int s3 = s2 < 0 ? -1 : line.indexOf(' ', s2 + 1);
      if (s1 >= 0 && line.length() > s1 + 1 && line.charAt(s1 + 1) == '#') {
        used.add(cut(line.substring(0, s1)));
        continue;
      }
      if (s3 < 0) {
        skipped.add(source + ":" + lineNo + ": invalid key line (fewer than four fields)");
        continue;
      }
      String id = cut(line.substring(0, s1));
      String name = cut(line.substring(s1 + 1, s2));
      String ip = cut(line.substring(s2 + 1, s3));
      String key = cut(line.substring(s3 + 1));
      IpRange range = IpRange.parse(ip);
      if (range == null || range.negated()) {
        throw new KeysException(source + ":" + lineNo + ": invalid IP address '" + ip + "' for agent '"
            + name + "'; fix the file (OSSEC refuses to start with it too)");
      }
      used.add(id);
      entries.add(AgentKey.of(id, name, range, key));
    }
    return new ClientKeys(entries, used, skipped);
  }

  private static String cut(String field) {
    return field.length() > FIELD_MAX ? field.substring(0, FIELD_MAX) : field;
  }

  /** Every valid entry, in file order. */
  public List<AgentKey> entries() {
    return entries;
  }

  /** The entry with exactly this id text. */
  public @Nullable AgentKey byId(String id) {
    return byId.get(id);
  }

  /** The entry whose stored IP text equals {@code ip} (what remoted uses for datagrams without {@code !id!}). */
  public @Nullable AgentKey byIp(String ip) {
    return byIp.get(ip);
  }

  /** The first entry with this name. */
  public @Nullable AgentKey byName(String name) {
    for (AgentKey k : entries) {
      if (k.name().equals(name)) {
        return k;
      }
    }
    return null;
  }

  /**
   * The key for a datagram: by id (when the datagram carries {@code !id!}), then checking that the source
   * lies in the entry's range; else by the source's text.
   */
  public @Nullable AgentKey lookup(@Nullable String id, InetAddress source) {
    if (id != null) {
      AgentKey k = byId.get(id);
      return k != null && AddressMatch.contains(k.address(), source) ? k : null;
    }
    return byIp.get(AddressMatch.text(source));
  }

  /** Ids present in the file, including removed entries (so they are not handed out again). */
  public Set<String> usedIds() {
    return usedIds;
  }

  /** Lines skipped as invalid, with file and line. */
  public List<String> skipped() {
    return skipped;
  }

  /** Number of valid entries. */
  public int size() {
    return entries.size();
  }
}
