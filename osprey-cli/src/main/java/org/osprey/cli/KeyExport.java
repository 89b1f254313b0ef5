package org.osprey.cli;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.osprey.config.IpRange;
import org.osprey.transport.keys.AgentKey;
import org.osprey.transport.keys.AgentNames;
import org.osprey.transport.keys.KeysException;

/** manage_agents' key export form (spec §2): base64 of {@code <id> <name> <ip> <key>}. */
final class KeyExport {
  private KeyExport() {}

  static String encode(AgentKey key) {
    return Base64.getEncoder().encodeToString(key.line().getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Decodes and checks an exported key as agent-auth checks a received one. */
  static AgentKey decode(String text) throws KeysException {
    byte[] raw;
    try {
      raw = Base64.getMimeDecoder().decode(text.strip());
    } catch (IllegalArgumentException e) {
      throw new KeysException("the key is not valid base64: " + e.getMessage());
    }
    String line = new String(raw, StandardCharsets.ISO_8859_1).strip();
    String[] f = line.split(" ", 4);
    if (f.length != 4) {
      throw new KeysException("the key does not decode to '<id> <name> <ip> <key>'");
    }
    if (!AgentNames.validId(f[0])) {
      throw new KeysException("the key has an invalid agent id '" + f[0] + "'");
    }
    if (!AgentNames.validName(f[1])) {
      throw new KeysException("the key has an invalid agent name '" + f[1] + "'");
    }
    IpRange ip = IpRange.parse(f[2]);
    if (ip == null || ip.negated()) {
      throw new KeysException("the key has an invalid IP '" + f[2] + "'");
    }
    if (!AgentNames.validKey(f[3])) {
      throw new KeysException("the key's secret is not 64 hex digits");
    }
    return AgentKey.of(f[0], f[1], ip, f[3]);
  }
}
