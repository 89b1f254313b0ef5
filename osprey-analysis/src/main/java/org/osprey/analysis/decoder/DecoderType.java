package org.osprey.analysis.decoder;

import org.jspecify.annotations.Nullable;

/** A decoder's {@code <type>}, which is also the rule category the top-level rules are chosen by. */
public enum DecoderType {
  SYSLOG("syslog"),
  FIREWALL("firewall"),
  IDS("ids"),
  WEB_LOG("web-log"),
  SQUID("squid"),
  WINDOWS("windows"),
  HOST_INFO("host-information"),
  OSSEC("ossec"),
  /** Set by the OSSEC-alert plugin: the rule comes from the re-injected alert itself. */
  OSSEC_ALERT("ossec-alert");

  private final String xml;

  DecoderType(String xml) {
    this.xml = xml;
  }

  public String xml() {
    return xml;
  }

  /** The decoder {@code <type>} value (exact, lower case, as OSSEC compares), or null. */
  public static @Nullable DecoderType forDecoderType(String text) {
    for (DecoderType t : values()) {
      if (t != OSSEC_ALERT && t.xml.equals(text)) {
        return t;
      }
    }
    return null;
  }

  /** The rule {@code <category>} value (no {@code host-information} there), or null. */
  public static @Nullable DecoderType forCategory(String text) {
    return text.equals("host-information") ? null : forDecoderType(text);
  }
}
