package org.osprey.analysis.rule;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rule's {@code <srcip>}/{@code <dstip>} entries, matched as OSSEC's {@code OS_IPFoundList}: entries
 * in order; {@code any} decides at once; the first network containing the address decides (true, or
 * false when negated); when none contains it the result is true exactly when the last entry was
 * negated. IPv4-mapped IPv6 addresses compare as IPv4.
 */
public final class IpList {
  private final List<Entry> entries;

  private IpList(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** One entry: a network or {@code any}, possibly negated. */
  record Entry(boolean negated, boolean any, byte[] network, int prefix) {
    @Override
    public String toString() {
      String text = any ? "any" : address(network) + "/" + prefix;
      return negated ? "!" + text : text;
    }

    private static String address(byte[] bytes) {
      try {
        return InetAddress.getByAddress(bytes).getHostAddress();
      } catch (UnknownHostException e) {
        return "?";
      }
    }
  }

  /** An empty list, to which entries are added with {@link #with}. */
  public static IpList empty() {
    return new IpList(List.of());
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The entries in order, normalised: {@code 10.0.0.0/8,!10.1.2.3/32,any}. */
  @Override
  public String toString() {
    return String.join(",", entries.stream().map(Entry::toString).toList());
  }

  /**
   * Returns a list with {@code text} added: {@code [!]any}, {@code [!]ip} or {@code [!]ip/prefix}.
   *
   * @throws IllegalArgumentException naming what is wrong (OSSEC refuses dotted netmasks)
   */
  public IpList with(String text) {
    String t = text.strip();
    boolean negated = t.startsWith("!");
    if (negated) {
      t = t.substring(1);
    }
    List<Entry> out = new ArrayList<>(entries);
    if (t.equals("any")) {
      out.add(new Entry(negated, true, new byte[0], 0));
      return new IpList(out);
    }
    int slash = t.indexOf('/');
    String addr = slash < 0 ? t : t.substring(0, slash);
    byte[] bytes = parse(addr);
    if (bytes == null) {
      throw new IllegalArgumentException("invalid IP address '" + text + "'");
    }
    int prefix = bytes.length * 8;
    if (slash >= 0) {
      String p = t.substring(slash + 1);
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
        throw new IllegalArgumentException("invalid network prefix in '" + text
            + "' (a prefix length such as /24 is expected; netmasks are not accepted)");
      }
      prefix = Integer.parseInt(p);
      if (prefix > bytes.length * 8) {
        throw new IllegalArgumentException("network prefix too long in '" + text + "'");
      }
    }
    out.add(new Entry(negated, false, bytes, prefix));
    return new IpList(out);
  }

  /** Whether {@code ip} (the event's field) is accepted. */
  public boolean test(String ip) {
    byte[] a = parse(ip);
    if (a == null) {
      return false;
    }
    for (Entry e : entries) {
      if (e.any()) {
        return !e.negated();
      }
      if (contains(e, a)) {
        return !e.negated();
      }
    }
    return !entries.isEmpty() && entries.getLast().negated();
  }

  private static boolean contains(Entry e, byte[] a) {
    if (a.length != e.network().length) {
      return false;
    }
    int bits = e.prefix();
    for (int i = 0; i < a.length && bits > 0; i++, bits -= 8) {
      int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
      if ((a[i] & mask) != (e.network()[i] & mask)) {
        return false;
      }
    }
    return true;
  }

  /** A numeric IPv4 or IPv6 address (no names, no lookups), IPv4-mapped IPv6 as IPv4; else null. */
  static byte @Nullable [] parse(String s) {
    if (s.isEmpty() || s.length() > 45) {
      return null;
    }
    if (s.indexOf(':') < 0) {
      return parseV4(s);
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
        return null;
      }
    }
    try {
      byte[] b = InetAddress.getByName(s).getAddress();
      return b;
    } catch (UnknownHostException | IllegalArgumentException e) {
      return null;
    }
  }

  private static byte @Nullable [] parseV4(String s) {
    byte[] out = new byte[4];
    int part = 0;
    int value = -1;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : '.';
      if (c == '.') {
        if (value < 0 || part > 3) {
          return null;
        }
        out[part++] = (byte) value;
        value = -1;
      } else if (c >= '0' && c <= '9') {
        value = value < 0 ? c - '0' : value * 10 + (c - '0');
        if (value > 255) {
          return null;
        }
      } else {
        return null;
      }
    }
    return part == 4 ? out : null;
  }
}
