package org.osprey.analysis.event;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The standard fields a decoder's {@code <order>} can fill, with OSSEC's logtest labels. */
public enum Field {
  DSTUSER("dstuser"),
  SRCUSER("srcuser"),
  SRCIP("srcip"),
  DSTIP("dstip"),
  SRCPORT("srcport"),
  DSTPORT("dstport"),
  PROTOCOL("proto"),
  ACTION("action"),
  ID("id"),
  URL("url"),
  DATA("extra_data"),
  STATUS("status"),
  SYSTEM_NAME("system_name"),
  FILENAME("filename");

  private static final Field[] VALUES = values();

  private final String label;

  Field(String label) {
    this.label = label;
  }

  /** The label logtest prints in Phase 2 ({@code proto} for protocol, {@code extra_data} for data). */
  public String label() {
    return label;
  }

  /** The field's name in JSON output and in rule {@code <list field=>} ({@code protocol}, {@code data}). */
  public String jsonName() {
    return switch (this) {
      case PROTOCOL -> "protocol";
      case DATA -> "data";
      case SYSTEM_NAME -> "systemname";
      default -> label;
    };
  }

  /** All fields, without copying. */
  static Field[] all() {
    return VALUES;
  }

  /**
   * Maps one {@code <order>} piece to a standard field as OSSEC does, or null for a dynamic field:
   * {@code user} is dstuser, {@code data} and {@code extra_data} are the same field, and any piece
   * containing {@code filename} is the filename.
   */
  public static @Nullable Field forOrderName(String piece) {
    String p = piece.toLowerCase(Locale.ROOT);
    return switch (p) {
      case "dstuser", "user" -> DSTUSER;
      case "srcuser" -> SRCUSER;
      case "srcip" -> SRCIP;
      case "dstip" -> DSTIP;
      case "srcport" -> SRCPORT;
      case "dstport" -> DSTPORT;
      case "protocol" -> PROTOCOL;
      case "action" -> ACTION;
      case "id" -> ID;
      case "url" -> URL;
      case "data", "extra_data" -> DATA;
      case "status" -> STATUS;
      case "system_name" -> SYSTEM_NAME;
      default -> p.contains("filename") ? FILENAME : null;
    };
  }
}
