package org.osprey.transport.keys;

import java.net.InetAddress;
import java.util.List;
import org.osprey.config.IpRange;

/**
 * OSSEC's {@code sacmp}: whether an address lies in a range, comparing the first prefix bits;
 * IPv4-mapped IPv6 addresses compare as IPv4, and {@code any} (prefix 0) matches everything.
 */
public final class AddressMatch {
  private AddressMatch() {}

  /** Whether {@code addr} lies inside {@code range} (the range's negation flag is not applied). */
  public static boolean contains(IpRange range, InetAddress addr) {
    int prefix = range.prefixLength();
    if (prefix == 0) {
      return true;
    }
    byte[] raw = range.address().getAddress();
    if (isMapped(raw)) {
      prefix = Math.max(0, prefix - 96);
    }
    byte[] net = unmap(raw);
    byte[] a = unmap(addr.getAddress());
    if (net.length != a.length) {
      return false;
    }
    int full = prefix / 8;
    for (int i = 0; i < full && i < a.length; i++) {
      if (net[i] != a[i]) {
        return false;
      }
    }
    int rest = prefix % 8;
    if (rest == 0 || full >= a.length) {
      return true;
    }
    int mask = (0xff << (8 - rest)) & 0xff;
    return (net[full] & mask) == (a[full] & mask);
  }

  /** Whether any range of {@code ranges} contains {@code addr}. */
  public static boolean any(List<IpRange> ranges, InetAddress addr) {
    for (IpRange r : ranges) {
      if (contains(r, addr)) {
        return true;
      }
    }
    return false;
  }

  /** The address as OSSEC prints it: IPv4-mapped IPv6 cut to dotted IPv4. */
  public static String text(InetAddress addr) {
    byte[] raw = unmap(addr.getAddress());
    if (raw.length == 4) {
      return (raw[0] & 0xff) + "." + (raw[1] & 0xff) + "." + (raw[2] & 0xff) + "." + (raw[3] & 0xff);
    }
    return ipv6Text(raw);
  }

  /** RFC 5952 text, as inet_ntop prints it: lowercase, the longest run of zero groups (2+) as {@code ::}. */
  static String ipv6Text(byte[] raw) {
    int[] g = new int[8];
    for (int i = 0; i < 8; i++) {
      g[i] = ((raw[2 * i] & 0xff) << 8) | (raw[2 * i + 1] & 0xff);
    }
    int bestStart = -1;
    int bestLen = 0;
    for (int i = 0; i < 8; ) {
      if (g[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && g[j] == 0) {
        j++;
      }
      if (j - i > bestLen && j - i >= 2) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        out.append("::");
        i += bestLen - 1;
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
        out.append(':');
      }
      out.append(Integer.toHexString(g[i]));
    }
    return out.toString();
  }

  private static boolean isMapped(byte[] b) {
    if (b.length != 16) {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
  }

  private static byte[] unmap(byte[] b) {
    return isMapped(b) ? java.util.Arrays.copyOfRange(b, 12, 16) : b;
  }
}
