package org.osprey.transport.authd;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * OpenSSL's cipher-list syntax ({@code EECDH+AESGCM:HIGH:!kRSA:@STRENGTH}) evaluated over the JSSE TLS 1.2
 * suite names, so ossec-authd's {@code -c} and default list keep their meaning. Words are joined with
 * {@code :}, {@code ,} or spaces; {@code A+B} means both; a leading {@code !} removes for good, {@code -}
 * removes, {@code +} moves to the end; {@code @STRENGTH} orders by cipher key length. A word Osprey does not
 * know matches nothing, as in OpenSSL. Single suites may be named the JSSE way ({@code TLS_ECDHE_...}).
 */
public final class CipherList {
  private CipherList() {}

  /**
   * The suites of {@code available} (in its preference order) that {@code spec} selects, in the order it
   * gives them.
   *
   * @throws TlsException when nothing is selected
   */
  public static List<String> select(String spec, List<String> available) throws TlsException {
    List<Suite> universe = available.stream().map(Suite::parse).filter(s -> s != null).toList();
    List<Suite> chosen = new ArrayList<>();
    Set<String> banned = new LinkedHashSet<>();
    for (String word : spec.split("[:, ]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (word.equalsIgnoreCase("@STRENGTH")) {
        chosen.sort((a, b) -> Integer.compare(b.bits(), a.bits()));
        continue;
      }
      char op = word.charAt(0);
      String expr = op == '!' || op == '-' || op == '+' ? word.substring(1) : word;
      Predicate<Suite> matches = s -> true;
      for (String part : expr.split("\\+")) {
        Predicate<Suite> p = alias(part);
        matches = matches.and(p);
      }
      Predicate<Suite> m = matches;
      switch (op) {
        case '!' -> {
          chosen.removeIf(m);
          universe.stream().filter(m).forEach(s -> banned.add(s.name()));
        }
        case '-' -> chosen.removeIf(m);
        case '+' -> {
          List<Suite> moved = chosen.stream().filter(m).toList();
          chosen.removeAll(moved);
          chosen.addAll(moved);
        }
        default -> universe.stream().filter(m)
            .filter(s -> !banned.contains(s.name()) && !chosen.contains(s)).forEach(chosen::add);
      }
    }
    if (chosen.isEmpty()) {
      throw new TlsException("the cipher list '" + spec + "' selects no TLS 1.2 suite this JDK offers");
    }
    return chosen.stream().map(Suite::name).toList();
  }

  private static Predicate<Suite> alias(String word) {
    String w = word.toUpperCase(Locale.ROOT);
    if (w.startsWith("TLS_")) {
      return s -> s.name().equals(w);
    }
    return switch (w) {
      case "ALL", "DEFAULT", "COMPLEMENTOFDEFAULT" -> s -> !s.anonymous();
      case "EECDH", "ECDHE", "KEECDH", "KECDHE" -> s -> s.kx().equals("ECDHE") && !s.anonymous();
      case "EDH", "DHE", "KEDH", "KDHE" -> s -> s.kx().equals("DHE") && !s.anonymous();
      case "KRSA", "RSA" -> s -> s.kx().equals("RSA");
      case "ARSA" -> s -> s.auth().equals("RSA");
      case "ECDSA", "AECDSA" -> s -> s.auth().equals("ECDSA");
      case "ADH", "AECDH", "ANULL" -> Suite::anonymous;
      case "AESGCM" -> s -> s.cipher().startsWith("AES") && s.cipher().endsWith("GCM");
      case "AES" -> s -> s.cipher().startsWith("AES");
      case "AES256" -> s -> s.cipher().startsWith("AES_256");
      case "AES128" -> s -> s.cipher().startsWith("AES_128");
      case "CHACHA20" -> s -> s.cipher().startsWith("CHACHA20");
      case "CAMELLIA" -> s -> s.cipher().startsWith("CAMELLIA");
      case "3DES" -> s -> s.cipher().startsWith("3DES");
      case "RC4" -> s -> s.cipher().startsWith("RC4");
      case "MD5" -> s -> s.mac().equals("MD5");
      case "SHA1", "SHA" -> s -> s.mac().equals("SHA");
      case "SHA256" -> s -> s.mac().equals("SHA256");
      case "SHA384" -> s -> s.mac().equals("SHA384");
      case "HIGH" -> s -> s.bits() >= 128 && !s.cipher().startsWith("3DES") && !s.cipher().startsWith("RC4");
      case "MEDIUM" -> s -> s.cipher().startsWith("3DES") || s.cipher().startsWith("RC4");
      case "EXP", "EXPORT", "LOW", "ENULL", "NULL" -> s -> s.bits() < 64;
      default -> s -> false;
    };
  }

  /**
   * A JSSE TLS 1.2 suite name taken apart: {@code TLS_<kx>[_<auth>]_WITH_<cipher>_<mac>}.
   *
   * @param kx ECDHE, DHE, RSA, ECDH, DH
   * @param auth RSA, ECDSA, DSS, anon
   * @param cipher e.g. AES_256_GCM, CHACHA20_POLY1305
   * @param mac SHA, SHA256, SHA384, MD5
   */
  record Suite(String name, String kx, String auth, String cipher, String mac) {
    static @Nullable Suite parse(String name) {
      int with = name.indexOf("_WITH_");
      if (!name.startsWith("TLS_") || with < 0) {
        return null;
      }
      String[] ka = name.substring(4, with).split("_", 2);
      String rest = name.substring(with + 6);
      int lastUnderscore = rest.lastIndexOf('_');
      if (lastUnderscore < 0) {
        return null;
      }
      String auth = ka.length > 1 ? ka[1] : ka[0];
      return new Suite(name, ka[0], auth, rest.substring(0, lastUnderscore), rest.substring(lastUnderscore + 1));
    }

    boolean anonymous() {
      return auth.equals("anon");
    }

    /** The cipher's key length, as @STRENGTH sorts. */
    int bits() {
      if (cipher.contains("256") || cipher.startsWith("CHACHA20")) {
        return 256;
      }
      if (cipher.contains("128")) {
        return 128;
      }
      if (cipher.startsWith("3DES")) {
        return 112;
      }
      return cipher.startsWith("NULL") ? 0 : 56;
    }
  }
}
