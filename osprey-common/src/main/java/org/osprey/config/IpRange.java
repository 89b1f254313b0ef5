package org.osprey.config;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.osprey.text.Ascii;

/**
 * An address or network as OSSEC's {@code OS_IsValidIP} accepts it: a numeric IPv4 or IPv6
 * address, optionally {@code /prefix}, optionally preceded by {@code !} (negation), or {@code any}.
 *
 * @param text the value as written
 * @param negated whether it was written with a leading {@code !}
 * @param address the address (for {@code any}, the IPv6 unspecified address)
 * @param prefixLength the prefix length; the full width when none was written; 0 for {@code any}
 */
public record IpRange(String text, boolean negated, InetAddress address, int prefixLength) {

  public IpRange {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(address, "address");
    int bits = address.getAddress().length * 8;
    if (prefixLength < 0 || prefixLength > bits) {
      throw new IllegalArgumentException("prefix /" + prefixLength + " for " + text);
    }
  }

  /** Whether a prefix was written (or {@code any}): the value names a network, not one host. */
  public boolean isNetwork() {
    return prefixLength < address.getAddress().length * 8;
  }

  /** Parses {@code text}, or returns null when it is not an address or network. */
  public static @Nullable IpRange parse(String text) {
    String rest = text;
    boolean negated = rest.startsWith("!");
    if (negated) {
      rest = rest.substring(1);
    }
    if (rest.equals("any")) {
      return new IpRange(text, negated, bytes(new byte[16]), 0);
    }
    int prefix = -1;
    int slash = rest.indexOf('/');
    if (slash >= 0) {
      String p = rest.substring(slash + 1);
      if (p.length() > 3 || !Ascii.digits(p)) {
        return null;
      }
      prefix = Integer.parseInt(p);
      rest = rest.substring(0, slash);
    }
    byte[] raw = rest.indexOf(':') >= 0 ? ipv6(rest) : ipv4(rest);
    if (raw == null || prefix > raw.length * 8) {
      return null;
    }
    return new IpRange(text, negated, bytes(raw), prefix < 0 ? raw.length * 8 : prefix);
  }

  private static InetAddress bytes(byte[] raw) {
    try {
      // Inet6Address keeps an IPv4-mapped address as 16 bytes, so its prefix stays an IPv6 one.
      return raw.length == 16 ? Inet6Address.getByAddress(null, raw, -1) : InetAddress.getByAddress(raw);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("an address of " + raw.length + " bytes", e);
    }
  }

  private static byte @Nullable [] ipv4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return null;
    }
    byte[] out = new byte[4];
    for (int i = 0; i < 4; i++) {
      String p = parts[i];
      if (p.length() > 3 || !Ascii.digits(p)) {
        return null;
      }
      int v = Integer.parseInt(p);
      if (v > 255) {
        return null;
      }
      out[i] = (byte) v;
    }
    return out;
  }

  private static byte @Nullable [] ipv6(String s) {
    int dbl = s.indexOf("::");
    if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
      return null;
    }
    String head = dbl >= 0 ? s.substring(0, dbl) : s;
    String tail = dbl >= 0 ? s.substring(dbl + 2) : "";
    byte[] h = groups(head, dbl < 0);
    byte[] t = groups(tail, true);
    if (h == null || t == null) {
      return null;
    }
    int total = h.length + t.length;
    if (dbl < 0 ? total != 16 : total > 14) {
      return null;
    }
    byte[] out = new byte[16];
    System.arraycopy(h, 0, out, 0, h.length);
    System.arraycopy(t, 0, out, 16 - t.length, t.length);
    return out;
  }

  /** Hex groups separated by ':'; the last may be a dotted IPv4 address when {@code last}. */
  private static byte @Nullable [] groups(String s, boolean last) {
    if (s.isEmpty()) {
      return new byte[0];
    }
    String[] parts = s.split(":", -1);
    byte[] out = new byte[parts.length * 2 + 2];
    int n = 0;
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (last && i == parts.length - 1 && p.indexOf('.') >= 0) {
        byte[] v4 = ipv4(p);
        if (v4 == null) {
          return null;
        }
        System.arraycopy(v4, 0, out, n, 4);
        n += 4;
        continue;
      }
      if (p.isEmpty() || p.length() > 4) {
        return null;
      }
      int v = 0;
      for (char c : p.toCharArray()) {
        int d = Character.digit(c, 16);
        if (d < 0) {
          return null;
        }
        v = v * 16 + d;
      }
      out[n++] = (byte) (v >> 8);
      out[n++] = (byte) v;
    }
    return java.util.Arrays.copyOf(out, n);
  }

  @Override
  public String toString() {
    return text;
  }
}
