package org.osprey.config;

import java.util.List;
import java.util.regex.Pattern;
import org.osprey.config.schema.InvalidValueException;
import org.osprey.config.schema.Types;
import org.osprey.config.schema.ValueType;
import org.osprey.text.Ascii;

/** The value types that are specific to ossec.conf. */
final class ConfigTypes {
  private static final Pattern EMAIL = Pattern.compile("[a-zA-Z0-9._-]+@[a-zA-Z0-9._-]");

  private ConfigTypes() {}

  /** An IP address; with {@code network}, also {@code ip/prefix}, {@code !ip} and {@code any}. */
  static ValueType<IpRange> ip(boolean network) {
    String what = network
        ? "an IP address or network (such as 10.0.0.0/8, !192.168.1.1 or any)"
        : "an IP address";
    return new ValueType<>() {
      @Override
      public IpRange parse(String text) throws InvalidValueException {
        IpRange r = IpRange.parse(text);
        if (r == null || (!network && (r.negated() || r.isNetwork()))) {
          throw new InvalidValueException(what);
        }
        return r;
      }

      @Override
      public String describe() {
        return what;
      }
    };
  }

  /** An e-mail address (OSSEC checks only for {@code something@something}). */
  static ValueType<String> email() {
    String what = "an e-mail address";
    return new ValueType<>() {
      @Override
      public String parse(String text) throws InvalidValueException {
        if (!EMAIL.matcher(text).find()) {
          throw new InvalidValueException(what);
        }
        return text;
      }

      @Override
      public String describe() {
        return what;
      }
    };
  }

  /** A host name or address, without spaces. */
  static ValueType<String> host() {
    String what = "a host name or IP address";
    return new ValueType<>() {
      @Override
      public String parse(String text) throws InvalidValueException {
        if (text.isEmpty() || Ascii.hasSpaceOrControl(text)) {
          throw new InvalidValueException(what);
        }
        return text;
      }

      @Override
      public String describe() {
        return what;
      }
    };
  }

  /** A TCP/UDP port. */
  static ValueType<Integer> port() {
    return Types.integer(1, 65535);
  }

  /** A rule level. */
  static ValueType<Integer> level() {
    return Types.integer(0, 16);
  }

  /** Rule ids separated by commas or spaces. */
  static ValueType<List<Integer>> ruleIds() {
    return Types.list(Types.integer(0, 9_999_999), ", ", 4096, false);
  }
}
