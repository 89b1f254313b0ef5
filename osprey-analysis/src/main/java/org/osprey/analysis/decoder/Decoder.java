package org.osprey.analysis.decoder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.pattern.OsPattern;

/**
 * One compiled {@code <decoder>}. Its tree links (children, the chain flag, the printed name and id)
 * are completed by {@link DecoderLoader} before the decoder set is published; after that it is read
 * only and shared between threads.
 */
public final class Decoder {
  private final String name;
  private final @Nullable String parent;
  private final @Nullable OsPattern programName;
  private final @Nullable OsPattern prematch;
  private final Offset prematchOffset;
  private final @Nullable OsPattern regex;
  private final Offset regexOffset;
  private final List<OrderSlot> order;
  private final DecoderType type;
  private final Set<FtsItem> fts;
  private final @Nullable String ftsComment;
  private final boolean useOwnName;
  private final boolean accumulate;
  private final @Nullable PluginDecoder plugin;
  private final String source;
  private final int line;

  // Completed while loading.
  final List<Decoder> children = new ArrayList<>();
  boolean getNext;
  String printedName;
  int id;

  Decoder(
      String name,
      @Nullable String parent,
      @Nullable OsPattern programName,
      @Nullable OsPattern prematch,
      Offset prematchOffset,
      @Nullable OsPattern regex,
      Offset regexOffset,
      List<OrderSlot> order,
      DecoderType type,
      Set<FtsItem> fts,
      @Nullable String ftsComment,
      boolean useOwnName,
      boolean accumulate,
      @Nullable PluginDecoder plugin,
      boolean ossecAlert,
      String source,
      int line) {
    this.name = name;
    this.parent = parent;
    this.programName = programName;
    this.prematch = prematch;
    this.prematchOffset = prematchOffset;
    this.regex = regex;
    this.regexOffset = regexOffset;
    this.order = List.copyOf(order);
    // OSSEC's alert plugin switches its decoder's type for good on the first event; every event it
    // decodes sees OSSEC_ALERT, so the type is set here once.
    this.type = ossecAlert ? DecoderType.OSSEC_ALERT : type;
    this.fts = fts.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(fts));
    this.ftsComment = ftsComment;
    this.useOwnName = useOwnName;
    this.accumulate = accumulate;
    this.plugin = plugin;
    this.source = source;
    this.line = line;
    this.printedName = name;
  }

  /** The name in the decoder's own {@code name} attribute. */
  public String ownName() {
    return name;
  }

  /** The name OSSEC reports: the parent's for children, unless {@code use_own_name}. */
  public String name() {
    return printedName;
  }

  /** OSSEC's decoder id (the rank of {@link #name()} among all decoder names). */
  public int id() {
    return id;
  }

  public @Nullable String parent() {
    return parent;
  }

  public @Nullable OsPattern programName() {
    return programName;
  }

  public @Nullable OsPattern prematch() {
    return prematch;
  }

  public Offset prematchOffset() {
    return prematchOffset;
  }

  public @Nullable OsPattern regex() {
    return regex;
  }

  public Offset regexOffset() {
    return regexOffset;
  }

  public List<OrderSlot> order() {
    return order;
  }

  public DecoderType type() {
    return type;
  }

  public Set<FtsItem> fts() {
    return fts;
  }

  public @Nullable String ftsComment() {
    return ftsComment;
  }

  public boolean useOwnName() {
    return useOwnName;
  }

  public boolean accumulate() {
    return accumulate;
  }

  public @Nullable PluginDecoder plugin() {
    return plugin;
  }

  /** Children in load order (top-level decoders only). */
  public List<Decoder> children() {
    return Collections.unmodifiableList(children);
  }

  /** Whether the next sibling continues this decoder's multi-regex chain. */
  public boolean getNext() {
    return getNext;
  }

  /** Index of the dynamic field {@code fieldName} in {@link #order()} (case-insensitive), or -1. */
  public int dynamicIndex(String fieldName) {
    for (int i = 0; i < order.size(); i++) {
      String n = order.get(i).dynamicName();
      if (n != null && n.equalsIgnoreCase(fieldName)) {
        return i;
      }
    }
    return -1;
  }

  public String source() {
    return source;
  }

  public int line() {
    return line;
  }

  @Override
  public String toString() {
    return "decoder '" + name + "' (" + source + ":" + line + ")";
  }
}
