package org.osprey.transport.keys;

import org.osprey.text.Ascii;

/** OSSEC's validation of ids, names and keys ({@code OS_IsValidID}, {@code OS_IsValidName}). */
public final class AgentNames {
  private AgentNames() {}

  /** 2 to 128 characters from {@code [A-Za-z0-9._-]}. */
  public static boolean validName(String name) {
    if (name.length() < 2 || name.length() > 128) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_'
          || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** 1 to 8 decimal digits. */
  public static boolean validId(String id) {
    if (id.isEmpty() || id.length() > 8) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      if (id.charAt(i) < '0' || id.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Exactly 64 hex digits, as the tools make them. */
  public static boolean validKey(String key) {
    return key.length() == 64 && Ascii.hex(key);
  }
}
