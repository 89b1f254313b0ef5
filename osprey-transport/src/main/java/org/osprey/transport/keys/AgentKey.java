package org.osprey.transport.keys;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.osprey.config.IpRange;

/**
 * One agent of {@code client.keys}: {@code <id> <name> <ip> <key>}.
 *
 * @param id the id exactly as written (its text matters: it is hashed and names files)
 * @param name the agent name
 * @param address the IP field: a single address, a network, or {@code any}
 * @param key the key text, the rest of the line as written (not trimmed)
 * @param encryptionKey the 47 ASCII characters derived from id, name and key (spec §2.3)
 */
public record AgentKey(String id, String name, IpRange address, String key, String encryptionKey) {
  public AgentKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(key, "key");
    if (encryptionKey.length() != 47) {
      throw new IllegalArgumentException("an OSSEC encryption key has 47 characters");
    }
  }

  /** An entry, deriving its encryption key. */
  public static AgentKey of(String id, String name, IpRange address, String key) {
    return new AgentKey(id, name, address, key, derive(id, name, key));
  }

  /**
   * OSSEC's derivation: {@code md5hex(key) || md5hex(md5hex(name) || md5hex(id))[0..15)}. The IP takes no
   * part. Strings are taken as Latin-1 bytes, as C sees them.
   */
  public static String derive(String id, String name, String key) {
    String a = Md5.hex((Md5.hex(bytes(name)) + Md5.hex(bytes(id))).getBytes(StandardCharsets.US_ASCII));
    return Md5.hex(bytes(key)) + a.substring(0, 15);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The IP field as OSSEC stores it: {@code any}, the address, or a network's base without {@code /nn}. */
  public String ipText() {
    String t = address.text();
    int slash = t.indexOf('/');
    return slash < 0 ? t : t.substring(0, slash);
  }

  /** Whether the IP field names one host; agents of other keys put {@code !id!} in front of datagrams. */
  public boolean singleHost() {
    return !address.isNetwork();
  }

  /** The encryption key's ASCII bytes. */
  public byte[] encryptionKeyBytes() {
    return encryptionKey.getBytes(StandardCharsets.US_ASCII);
  }

  /** The key line, without its newline. */
  public String line() {
    return id + " " + name + " " + address.text() + " " + key;
  }

  /** {@code <name>-<ip>}: how agent-info files and monitord name the agent. */
  public String infoName() {
    return name + "-" + ipText();
  }

  @Override
  public String toString() {
    return id + " " + name + " " + address.text();
  }
}
