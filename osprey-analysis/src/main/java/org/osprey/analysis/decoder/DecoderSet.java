package org.osprey.analysis.decoder;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.event.Field;
import org.osprey.analysis.pattern.Captures;
import org.osprey.analysis.pattern.OsPattern;

/**
 * The loaded decoders: two ordered top-level lists, chosen by whether the event has a program name.
 * Immutable after loading and safe to share; {@link #decode} is OSSEC's {@code DecodeEvent}.
 */
public final class DecoderSet {
  private final List<Decoder> withProgram;
  private final List<Decoder> withoutProgram;
  private final List<String> sortedNames;
  private final FirstCharIndex byProgram;
  private final FirstCharIndex byLog;

  DecoderSet(List<Decoder> withProgram, List<Decoder> withoutProgram, List<String> sortedNames) {
    this.withProgram = List.copyOf(withProgram);
    this.withoutProgram = List.copyOf(withoutProgram);
    this.sortedNames = List.copyOf(sortedNames);
    this.byProgram = new FirstCharIndex(this.withProgram, Decoder::programName);
    this.byLog = new FirstCharIndex(this.withoutProgram, Decoder::prematch);
  }

  /**
   * The top-level decoders worth trying for a subject, in list order: a decoder whose key pattern
   * (program name, or prematch for the list without program names) requires a literal prefix is
   * left out for subjects starting with another character; it would fail at once.
   */
  private static final class FirstCharIndex {
    private final Decoder[] all;
    private final Decoder[] generic;
    private final Decoder[][] byFirst = new Decoder[128][];

    FirstCharIndex(List<Decoder> list, java.util.function.Function<Decoder, OsPattern> key) {
      all = list.toArray(Decoder[]::new);
      List<Decoder> gen = new java.util.ArrayList<>();
      for (Decoder d : all) {
        if (first(key.apply(d)) < 0) {
          gen.add(d);
        }
      }
      generic = gen.toArray(Decoder[]::new);
      for (int c = 0; c < 128; c++) {
        List<Decoder> l = new java.util.ArrayList<>();
        for (Decoder d : all) {
          int f = first(key.apply(d));
          if (f < 0 || f == c) {
            l.add(d);
          }
        }
        byFirst[c] = l.size() == generic.length ? generic : l.toArray(Decoder[]::new);
      }
    }

    /** The lower-cased first character a key pattern requires, or -1. */
    private static int first(@Nullable OsPattern p) {
      String prefix = p == null ? null : p.requiredPrefix();
      return prefix == null || prefix.isEmpty() || prefix.charAt(0) >= 128 ? -1 : prefix.charAt(0);
    }

    Decoder[] forSubject(String subject) {
      if (subject.isEmpty()) {
        return generic;
      }
      char c = subject.charAt(0);
      if (c >= 128) {
        return all;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      }
      return byFirst[c];
    }
  }

  /** Top-level decoders tried for events with a program name. */
  public List<Decoder> withProgram() {
    return withProgram;
  }

  /** Top-level decoders tried for events without one. */
  public List<Decoder> withoutProgram() {
    return withoutProgram;
  }

  /** OSSEC's decoder id of {@code name}, or 0 when no decoder has it. */
  public int idOf(String name) {
    int i = sortedNames.indexOf(name);
    return i < 0 ? 0 : i + 1;
  }

  /** Whether some decoder (or internal decoder) is called {@code name}. */
  public boolean hasName(String name) {
    return sortedNames.contains(name);
  }

  /** How {@link #decode} ended, for logtest's Phase 2. */
  public enum Outcome {
    /** The list for this event was empty: OSSEC prints no Phase 2 header. */
    NO_DECODERS,
    /** No top-level decoder matched ("No decoder matched."). */
    NO_MATCH,
    /** A top-level decoder matched (fields may or may not have been extracted). */
    MATCHED
  }

  /** Decodes {@code e}: sets its decoder and fields. {@code caps} is the thread's capture holder. */
  public Outcome decode(Event e, Captures caps) {
    String programName = e.programName();
    List<Decoder> list = programName != null ? withProgram : withoutProgram;
    if (list.isEmpty()) {
      return Outcome.NO_DECODERS;
    }
    String log = e.log();
    Decoder[] candidates = programName != null ? byProgram.forSubject(programName)
        : byLog.forSubject(log);
    for (Decoder top : candidates) {
      int pmatch = -1;
      if (programName != null) {
        OsPattern p = top.programName();
        if (p != null) {
          if (!p.test(programName)) {
            continue;
          }
          pmatch = 0;
        }
      }
      OsPattern pre = top.prematch();
      if (pre != null) {
        pmatch = pre.find(log, 0, null);
        if (pmatch < 0) {
          continue;
        }
      }
      e.setDecoder(top);
      decodeFrom(e, top, pmatch, caps);
      return Outcome.MATCHED;
    }
    return Outcome.NO_MATCH;
  }

  /** Children, chains and field extraction once top-level decoder {@code top} matched. */
  private static void decodeFrom(Event e, Decoder top, int pmatch, Captures caps) {
    String log = e.log();
    List<Decoder> chain;
    int start;
    int cmatch = -1;
    if (top.children.isEmpty()) {
      chain = List.of(top);
      start = 0;
    } else {
      chain = top.children;
      start = -1;
      int i = 0;
      while (i < chain.size()) {
        Decoder c = chain.get(i);
        OsPattern cp = c.prematch();
        if (cp != null) {
          int from = c.prematchOffset() == Offset.AFTER_PARENT ? pmatch : 0;
          int end = from < 0 ? -1 : cp.find(log, from, null);
          if (end >= 0) {
            e.setDecoder(c);
            cmatch = end;
            start = i;
            break;
          }
        } else {
          cmatch = pmatch;
          start = i;
          break;
        }
        if (c.getNext) {
          // Skip the rest of this multi-regex chain, including its last member.
          while (i < chain.size() && chain.get(i).getNext) {
            i++;
          }
          if (i >= chain.size()) {
            return;
          }
        }
        i++;
      }
      if (start < 0) {
        return;
      }
    }
    Decoder d = chain.get(start);
    PluginDecoder plugin = d.plugin();
    if (plugin != null) {
      plugin.decode(e, d);
      return;
    }
    int prevRegex = -1;
    int i = start;
    while (i < chain.size()) {
      d = chain.get(i);
      OsPattern regex = d.regex();
      if (regex == null) {
        return;
      }
      int from = switch (d.regexOffset()) {
        case NONE -> 0;
        case AFTER_PARENT -> pmatch;
        case AFTER_PREMATCH -> cmatch;
        case AFTER_REGEX -> prevRegex < 0 ? cmatch : prevRegex;
      };
      prevRegex = from < 0 ? -1 : regex.find(log, from, caps);
      if (prevRegex < 0) {
        if (d.getNext) {
          i++;
          continue;
        }
        return;
      }
      e.setDecoder(d);
      assign(e, d, caps);
      if (!d.getNext) {
        return;
      }
      i++;
    }
  }

  private static void assign(Event e, Decoder d, Captures caps) {
    List<OrderSlot> order = d.order();
    int n = Math.min(caps.size(), order.size());
    for (int i = 0; i < n; i++) {
      OrderSlot slot = order.get(i);
      String value = caps.get(i);
      Field f = slot.field();
      if (f != null) {
        e.set(f, value);
        e.noteAssignment(f.label(), value);
      } else {
        String name = slot.dynamicName();
        e.setDynamic(i, value);
        e.noteAssignment(name == null ? "" : name, value);
      }
    }
  }

  /** The decoder of {@code e}, or null when none matched. */
  public static @Nullable Decoder of(Event e) {
    return e.decoder() instanceof Decoder d ? d : null;
  }
}
