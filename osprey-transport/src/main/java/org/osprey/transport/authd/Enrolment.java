package org.osprey.transport.authd;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.osprey.config.IpRange;
import org.osprey.transport.keys.AgentKey;
import org.osprey.transport.keys.AgentNames;

/**
 * The enrolment exchange as text, without sockets (spec §10). The agent sends
 * {@code OSSEC A:'<name>'\n}, or {@code OSSEC PASS: <password> OSSEC A:'<name>'\n}; the manager answers
 * {@code OSSEC K:'<id> <name> <ip> <key>'\n\n} or {@code ERROR: <reason>\n\n ERROR: Unable to add agent.\n\n}.
 */
public final class Enrolment {
  /** The most the manager reads of a request, and the agent of a reply (OSSEC's buffers are 4096 bytes). */
  public static final int MAX_MESSAGE = 4096;

  /** The highest suffix tried for a taken name: {@code name2} ... {@code name256}. */
  public static final int MAX_NAME_SUFFIX = 256;

  private static final String PASS = "OSSEC PASS: ";
  private static final String AGENT = "OSSEC A:'";
  private static final String KEY = "OSSEC K:'";

  private Enrolment() {}

  /** What the manager made of a request. */
  public sealed interface Request {}

  /** A well-formed request for {@code name} (not yet validated as a name). */
  public record Enrol(String name) implements Request {}

  /** The password was missing or wrong: OSSEC closes without a reply. */
  public record BadPassword() implements Request {}

  /** Not an enrolment request: OSSEC closes without a reply. */
  public record Malformed() implements Request {}

  /**
   * The password in a password file's text ({@code etc/authd.pass}, agent-auth's {@code -P}): its first
   * line without surrounding whitespace (OSSEC's agent-auth would send the newline too), or null when empty.
   */
  public static @Nullable String passwordLine(String fileText) {
    int nl = fileText.indexOf('\n');
    String first = (nl < 0 ? fileText : fileText.substring(0, nl)).strip();
    return first.isEmpty() ? null : first;
  }

  /** The request text an agent sends. */
  public static String request(String name, @Nullable String password) {
    return (password == null ? "" : PASS + password + " ") + AGENT + name + "'\n";
  }

  /**
   * Reads a request as ossec-authd does: with a password set, the text must start with
   * {@code OSSEC PASS: <password> }; then {@code OSSEC A:'}, and the name runs to the next quote.
   * Anything after that quote is ignored.
   */
  public static Request parse(String text, @Nullable String password) {
    String rest = text;
    if (password != null) {
      if (!rest.startsWith(PASS) || !rest.startsWith(password + " ", PASS.length())) {
        return new BadPassword();
      }
      rest = rest.substring(PASS.length() + password.length() + 1);
    }
    if (!rest.startsWith(AGENT)) {
      return new Malformed();
    }
    int quote = rest.indexOf('\'', AGENT.length());
    return quote < 0 ? new Malformed() : new Enrol(rest.substring(AGENT.length(), quote));
  }

  /** The success reply. */
  public static byte[] keyReply(AgentKey key) {
    return (KEY + key.line() + "'\n\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The failure reply: the reason, then OSSEC's closing line. */
  public static byte[] errorReply(String reason) {
    return ("ERROR: " + reason + "\n\nERROR: Unable to add agent.\n\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * The key in a manager's reply, checked as agent-auth checks it ({@code OS_IsValidAgentKey}): four
   * fields, a valid id and name, {@code any} or a single address, and 64 hex digits.
   *
   * @throws EnrolmentException with the manager's {@code ERROR:} line, or saying what is wrong
   */
  public static AgentKey parseReply(String reply) throws EnrolmentException {
    if (reply.startsWith("ERROR")) {
      int nl = reply.indexOf('\n');
      String line = nl < 0 ? reply : reply.substring(0, nl);
      // Printed after agent-auth's own "ERROR: ": the manager's reason, without a second prefix.
      String reason = line.startsWith("ERROR:") ? line.substring(6).strip() : line;
      throw new EnrolmentException("the manager refused: " + reason);
    }
    if (!reply.startsWith(KEY)) {
      throw new EnrolmentException(reply.isEmpty()
          ? "the manager closed the connection without a key: wrong password, or it refused the request"
              + " (its ossec.log says why)"
          : "unexpected reply from the manager: " + firstLine(reply));
    }
    int end = reply.indexOf('\'', KEY.length());
    if (end < 0) {
      throw new EnrolmentException("invalid key received (no closing quote)");
    }
    return validKey(reply.substring(KEY.length(), end));
  }

  /** A key line as agent-auth accepts it. */
  static AgentKey validKey(String line) throws EnrolmentException {
    String[] f = line.split(" ", -1);
    if (f.length != 4) {
      throw new EnrolmentException("invalid key received: expected '<id> <name> <ip> <key>', got '" + line + "'");
    }
    IpRange ip = IpRange.parse(f[2]);
    if (!AgentNames.validId(f[0]) || !AgentNames.validName(f[1]) || !AgentNames.validKey(f[3]) || ip == null
        || ip.negated() || !(f[2].equals("any") || !ip.isNetwork())) {
      throw new EnrolmentException("invalid key received: '" + line + "'");
    }
    return AgentKey.of(f[0], f[1], ip, f[3]);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
