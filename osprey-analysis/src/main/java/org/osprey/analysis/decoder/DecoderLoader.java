package org.osprey.analysis.decoder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.event.Field;
import org.osprey.analysis.load.Problems;
import org.osprey.analysis.pattern.OsPattern;
import org.osprey.analysis.pattern.PatternException;
import org.osprey.analysis.pattern.Patterns;
import org.osprey.xml.OssecXml;
import org.osprey.xml.XmlDocument;
import org.osprey.xml.XmlNode;

/**
 * Loads decoder files in order into a {@link DecoderSet}, with OSSEC's validation. Every problem is
 * collected with its file and line; a decoder with a problem is left out and loading goes on.
 */
public final class DecoderLoader {
  /** OSSEC's limit on the concatenated pieces of one decoder element. */
  static final int MAX_ELEMENT = 8192;

  /** Decoder names OSSEC registers for its internal (non-XML) decoders; they take part in the ids. */
  public static final List<String> INTERNAL_NAMES = List.of(
      "rootcheck",
      "syscheck_integrity_changed",
      "syscheck_integrity_changed_2nd",
      "syscheck_integrity_changed_3rd",
      "syscheck_new_entry",
      "syscheck_deleted",
      "hostinfo_new",
      "hostinfo_modified");

  private final int orderSize;
  private final Problems problems;
  private final List<Decoder> withProgram = new ArrayList<>();
  private final List<Decoder> withoutProgram = new ArrayList<>();
  private final Set<String> names = new TreeSet<>();

  /**
   * @param orderSize {@code analysisd.decoder_order_size}: the most fields one {@code <order>} may name
   */
  public DecoderLoader(int orderSize, Problems problems) {
    this.orderSize = orderSize;
    this.problems = problems;
  }

  /** Loads one file; problems go to the collector. */
  public void load(Path file) {
    XmlDocument doc;
    try {
      doc = OssecXml.parse(file);
    } catch (org.osprey.xml.XmlParseException e) {
      problems.error(e.source(), e.line(), e.reason());
      return;
    } catch (IOException e) {
      problems.error(file.toString(), 0, "cannot read decoder file: " + e.getMessage());
      return;
    }
    load(doc);
  }

  /** Loads the decoders of a parsed file. */
  public void load(XmlDocument doc) {
    for (XmlNode node : doc.roots()) {
      if (!node.is("decoder")) {
        problems.error(node, "invalid root element <" + node.name() + "> (expected <decoder>)");
        continue;
      }
      Decoder d = parse(node);
      if (d != null) {
        add(d, node);
      }
    }
  }

  /** Finishes loading: assigns ids and printed names. */
  public DecoderSet build() {
    Set<String> all = new TreeSet<>(names);
    all.addAll(INTERNAL_NAMES);
    List<String> sorted = new ArrayList<>(all);
    for (List<Decoder> list : List.of(withProgram, withoutProgram)) {
      for (Decoder top : list) {
        top.id = sorted.indexOf(top.ownName()) + 1;
        top.printedName = top.ownName();
        for (Decoder child : top.children) {
          String shown = child.useOwnName() ? child.ownName() : top.ownName();
          child.printedName = shown;
          child.id = sorted.indexOf(shown) + 1;
        }
      }
    }
    return new DecoderSet(withProgram, withoutProgram, sorted);
  }

  private @Nullable Decoder parse(XmlNode node) {
    String name = node.attribute("name");
    if (name == null || name.isEmpty()) {
      problems.error(node, "<decoder> without a name attribute");
      return null;
    }
    for (String attr : node.attributes().keySet()) {
      if (!attr.equalsIgnoreCase("name")) {
        problems.error(node, "invalid attribute '" + attr + "' of decoder '" + name + "'");
        return null;
      }
    }
    names.add(name);
    Parts p = new Parts();
    boolean ok = true;
    for (XmlNode e : node.children()) {
      ok &= element(name, e, p);
    }
    if (!ok) {
      return null;
    }
    return validateAndCompile(name, node, p);
  }

  /** What a decoder's elements said, before validation. */
  private static final class Parts {
    @Nullable String parent;
    @Nullable StringBuilder regex;
    @Nullable StringBuilder pcre2;
    @Nullable StringBuilder prematch;
    @Nullable StringBuilder prematchPcre2;
    @Nullable StringBuilder programName;
    @Nullable StringBuilder programNamePcre2;
    Offset regexOffset = Offset.NONE;
    Offset prematchOffset = Offset.NONE;
    @Nullable List<OrderSlot> order;
    DecoderType type = DecoderType.SYSLOG;
    Set<FtsItem> fts = EnumSet.noneOf(FtsItem.class);
    @Nullable String ftsComment;
    boolean useOwnName;
    boolean accumulate;
    @Nullable PluginDecoder plugin;
    boolean ossecAlert;
  }

  private boolean element(String decoder, XmlNode e, Parts p) {
    String el = e.name().toLowerCase(Locale.ROOT);
    String content = e.content();
    switch (el) {
      case "parent" -> p.parent = p.parent == null ? content : p.parent + content;
      case "regex", "pcre2" -> {
        Offset off = offset(decoder, e);
        if (off == null) {
          return false;
        }
        StringBuilder existing = el.equals("regex") ? p.regex : p.pcre2;
        if (existing != null && off != Offset.NONE) {
          problems.error(e, "only the first <" + e.name() + "> of decoder '" + decoder
              + "' may have an offset");
          return false;
        }
        if (off != Offset.NONE) {
          p.regexOffset = off;
        }
        StringBuilder joined = append(decoder, e, existing);
        if (joined == null) {
          return false;
        }
        if (el.equals("regex")) {
          p.regex = joined;
        } else {
          p.pcre2 = joined;
        }
      }
      case "prematch", "prematch_pcre2" -> {
        Offset off = offset(decoder, e);
        if (off == null) {
          return false;
        }
        StringBuilder existing = el.equals("prematch") ? p.prematch : p.prematchPcre2;
        if (existing != null && off != Offset.NONE) {
          problems.error(e, "only the first <" + e.name() + "> of decoder '" + decoder
              + "' may have an offset");
          return false;
        }
        if (off != Offset.NONE) {
          p.prematchOffset = off;
        }
        StringBuilder joined = append(decoder, e, existing);
        if (joined == null) {
          return false;
        }
        if (el.equals("prematch")) {
          p.prematch = joined;
        } else {
          p.prematchPcre2 = joined;
        }
      }
      case "program_name" -> {
        StringBuilder joined = append(decoder, e, p.programName);
        if (joined == null) {
          return false;
        }
        p.programName = joined;
      }
      case "program_name_pcre2" -> {
        StringBuilder joined = append(decoder, e, p.programNamePcre2);
        if (joined == null) {
          return false;
        }
        p.programNamePcre2 = joined;
      }
      case "ftscomment" -> p.ftsComment = content;
      case "use_own_name" -> p.useOwnName = content.equals("true");
      case "plugin_decoder" -> {
        PluginDecoder plugin = PluginDecoders.byName(content);
        if (plugin == null) {
          problems.error(e, "unknown plugin decoder '" + content + "' in decoder '" + decoder + "'");
          return false;
        }
        p.plugin = plugin;
        p.ossecAlert = PluginDecoders.isOssecAlert(content);
      }
      case "type" -> {
        if (!e.name().equals("type")) {
          problems.error(e, "invalid element <" + e.name() + "> in decoder '" + decoder + "'");
          return false;
        }
        DecoderType t = DecoderType.forDecoderType(content);
        if (t == null) {
          problems.error(e, "invalid decoder type '" + content + "' in decoder '" + decoder + "'");
          return false;
        }
        p.type = t;
      }
      case "order" -> {
        List<OrderSlot> order = order(decoder, e);
        if (order == null) {
          return false;
        }
        p.order = order;
      }
      case "accumulate" -> p.accumulate = true;
      case "fts" -> {
        if (!fts(decoder, e, p.fts)) {
          return false;
        }
      }
      default -> {
        problems.error(e, "invalid element <" + e.name() + "> in decoder '" + decoder + "'");
        return false;
      }
    }
    return true;
  }

  private @Nullable StringBuilder append(String decoder, XmlNode e, @Nullable StringBuilder to) {
    StringBuilder b = to == null ? new StringBuilder() : to;
    if (b.length() + e.content().length() > MAX_ELEMENT) {
      problems.error(e, "<" + e.name() + "> of decoder '" + decoder + "' is longer than "
          + MAX_ELEMENT + " bytes");
      return null;
    }
    return b.append(e.content());
  }

  private @Nullable Offset offset(String decoder, XmlNode e) {
    Offset off = Offset.NONE;
    for (var a : e.attributes().entrySet()) {
      if (!a.getKey().equalsIgnoreCase("offset")) {
        problems.error(e, "invalid attribute '" + a.getKey() + "' of <" + e.name()
            + "> in decoder '" + decoder + "'");
        return null;
      }
      off = switch (a.getValue()) {
        case "after_parent" -> Offset.AFTER_PARENT;
        case "after_prematch" -> Offset.AFTER_PREMATCH;
        case "after_regex" -> Offset.AFTER_REGEX;
        default -> null;
      };
      if (off == null) {
        problems.error(e, "invalid offset '" + a.getValue() + "' in decoder '" + decoder
            + "' (expected after_parent, after_prematch or after_regex)");
        return null;
      }
    }
    return off;
  }

  private @Nullable List<OrderSlot> order(String decoder, XmlNode e) {
    List<OrderSlot> slots = new ArrayList<>();
    for (String piece : e.content().split(",", -1)) {
      if (slots.size() >= orderSize) {
        problems.error(e, "<order> of decoder '" + decoder + "' names more than " + orderSize
            + " fields (analysisd.decoder_order_size)");
        return null;
      }
      int start = 0;
      while (start < piece.length() && piece.charAt(start) == ' ') {
        start++;
      }
      int end = piece.indexOf(' ', start);
      String word = piece.substring(start, end < 0 ? piece.length() : end);
      if (word.isEmpty()) {
        problems.error(e, "empty field '" + piece + "' in the <order> of decoder '" + decoder + "'");
        return null;
      }
      Field f = standardField(word, piece.substring(0, end < 0 ? piece.length() : end));
      if (f != null) {
        slots.add(new OrderSlot(f, null));
      } else {
        // OSSEC names a dynamic field by the piece cut at the word's end, minus one leading space.
        String cut = piece.substring(0, end < 0 ? piece.length() : end);
        slots.add(new OrderSlot(null, cut.startsWith(" ") ? cut.substring(1) : cut));
      }
    }
    return slots;
  }

  private static @Nullable Field standardField(String word, String cutPiece) {
    return switch (word) {
      case "dstuser", "user" -> Field.DSTUSER;
      case "srcuser" -> Field.SRCUSER;
      case "srcip" -> Field.SRCIP;
      case "dstip" -> Field.DSTIP;
      case "srcport" -> Field.SRCPORT;
      case "dstport" -> Field.DSTPORT;
      case "protocol" -> Field.PROTOCOL;
      case "action" -> Field.ACTION;
      case "id" -> Field.ID;
      case "url" -> Field.URL;
      case "data", "extra_data" -> Field.DATA;
      case "status" -> Field.STATUS;
      case "system_name" -> Field.SYSTEM_NAME;
      default -> cutPiece.contains("filename") ? Field.FILENAME : null;
    };
  }

  /** OSSEC's substring tests, in its order (so {@code srcuser} counts as dstuser). */
  private boolean fts(String decoder, XmlNode e, Set<FtsItem> fts) {
    for (String t : e.content().split(",", -1)) {
      if (t.contains("dstuser")) {
        fts.add(FtsItem.DSTUSER);
      }
      if (t.contains("user")) {
        fts.add(FtsItem.DSTUSER);
      } else if (t.contains("srcip")) {
        fts.add(FtsItem.SRCIP);
      } else if (t.contains("dstip")) {
        fts.add(FtsItem.DSTIP);
      } else if (t.contains("id")) {
        fts.add(FtsItem.ID);
      } else if (t.contains("location")) {
        fts.add(FtsItem.LOCATION);
      } else if (t.contains("data")) {
        fts.add(FtsItem.DATA);
      } else if (t.contains("system_name")) {
        fts.add(FtsItem.SYSTEM_NAME);
      } else if (t.contains("name")) {
        fts.add(FtsItem.NAME);
      } else {
        problems.error(e, "invalid field '" + t + "' in the <fts> of decoder '" + decoder + "'");
        return false;
      }
    }
    return true;
  }

  private @Nullable Decoder validateAndCompile(String name, XmlNode node, Parts p) {
    boolean hasPrematch = p.prematch != null || p.prematchPcre2 != null;
    boolean hasRegex = p.regex != null || p.pcre2 != null;
    boolean hasProgram = p.programName != null || p.programNamePcre2 != null;
    if (!hasPrematch && p.parent == null && !hasProgram) {
      return fail(node, name, "needs a <prematch>, a <parent> or a <program_name>");
    }
    if ((!hasRegex && (!p.fts.isEmpty() || p.order != null)) || (hasRegex && p.order == null)) {
      return fail(node, name, "<regex> and <order> go together (and <fts> needs them)");
    }
    if (p.plugin != null && (hasRegex || p.order != null)) {
      return fail(node, name, "a plugin decoder cannot have <regex> or <order>");
    }
    Offset regexOffset = p.regexOffset;
    if (regexOffset == Offset.AFTER_PARENT && p.parent == null) {
      return fail(node, name, "offset after_parent needs a <parent>");
    }
    if (regexOffset == Offset.AFTER_PREMATCH) {
      if (p.parent == null) {
        // OSSEC: on a top-level decoder "after my prematch" is "after the parent match".
        regexOffset = Offset.AFTER_PARENT;
      } else if (!hasPrematch) {
        return fail(node, name, "offset after_prematch needs a <prematch>");
      }
    }
    if (regexOffset == Offset.AFTER_REGEX && (p.parent == null || !hasRegex)) {
      return fail(node, name, "offset after_regex needs a <parent> and a <regex>");
    }
    if (p.prematchOffset != Offset.NONE
        && (p.prematchOffset != Offset.AFTER_PARENT || p.parent == null)) {
      return fail(node, name, "a <prematch> may only have offset after_parent, with a <parent>");
    }
    try {
      OsPattern prematch = p.prematch != null ? Patterns.osRegex(p.prematch.toString())
          : p.prematchPcre2 != null ? Patterns.pcre2(p.prematchPcre2.toString()) : null;
      OsPattern regex = p.regex != null ? Patterns.osRegex(p.regex.toString())
          : p.pcre2 != null ? Patterns.pcre2(p.pcre2.toString()) : null;
      if (regex != null && regex.engine() == OsPattern.Engine.LITERAL) {
        return fail(node, name, "the <regex> '" + regex.source()
            + "' has no sub-strings (a decoder regex must capture)");
      }
      OsPattern program = p.programName != null ? Patterns.osMatch(p.programName.toString())
          : p.programNamePcre2 != null ? Patterns.pcre2(p.programNamePcre2.toString()) : null;
      return new Decoder(name, p.parent, program, prematch, p.prematchOffset, regex, regexOffset,
          p.order == null ? List.of() : p.order, p.type, p.fts, p.ftsComment, p.useOwnName,
          p.accumulate, p.plugin, p.ossecAlert, node.source(), node.line());
    } catch (PatternException e) {
      return fail(node, name, "invalid pattern: " + e.getMessage());
    }
  }

  private @Nullable Decoder fail(XmlNode node, String name, String why) {
    problems.error(node, "decoder '" + name + "': " + why);
    return null;
  }

  /** Places a decoder in the lists, as OSSEC's {@code OS_AddOSDecoder}. */
  private void add(Decoder d, XmlNode node) {
    if (d.parent() != null) {
      boolean added = false;
      for (List<Decoder> list : List.of(withProgram, withoutProgram)) {
        for (Decoder top : list) {
          if (top.ownName().equals(d.parent())) {
            if (!addChild(top, d, node)) {
              return;
            }
            added = true;
          }
        }
      }
      if (!added) {
        problems.error(node, "decoder '" + d.ownName() + "': parent decoder '" + d.parent()
            + "' is not defined (parents must come first)");
      }
      return;
    }
    if (d.regexOffset() == Offset.AFTER_REGEX) {
      problems.error(node, "decoder '" + d.ownName() + "': offset after_regex on a top-level decoder");
      return;
    }
    (d.programName() != null ? withProgram : withoutProgram).add(d);
  }

  private boolean addChild(Decoder top, Decoder d, XmlNode node) {
    boolean previousMatcher = false;
    for (Decoder sibling : top.children) {
      if (!sibling.ownName().equals(d.ownName())) {
        continue;
      }
      if ((sibling.prematch() != null || sibling.regex() != null) && d.regexOffset() != Offset.NONE) {
        previousMatcher = true;
      }
      if (d.prematch() != null) {
        problems.error(node, "decoder '" + d.ownName()
            + "': a later member of a multi-regex decoder cannot have a <prematch>");
        return false;
      }
      if (!d.fts().isEmpty()) {
        problems.error(node, "decoder '" + d.ownName()
            + "': a later member of a multi-regex decoder cannot have <fts>");
        return false;
      }
      if (sibling.regex() != null && d.regex() != null
          && sibling.regex().dialect() == d.regex().dialect()) {
        sibling.getNext = true;
      } else {
        problems.error(node, "decoder '" + d.ownName()
            + "': repeated decoder name without a regex of the same kind");
        return false;
      }
    }
    if (!top.children.isEmpty() && !previousMatcher && d.regexOffset() == Offset.AFTER_REGEX) {
      problems.error(node, "decoder '" + d.ownName()
          + "': offset after_regex needs an earlier decoder of the same name");
      return false;
    }
    if (top.children.isEmpty() && d.regexOffset() == Offset.AFTER_REGEX) {
      problems.error(node, "decoder '" + d.ownName()
          + "': offset after_regex needs an earlier decoder of the same name");
      return false;
    }
    top.children.add(d);
    return true;
  }
}
