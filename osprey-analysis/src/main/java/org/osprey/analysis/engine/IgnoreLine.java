package org.osprey.analysis.engine;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.decoder.Decoder;
import org.osprey.analysis.decoder.DecoderSet;
import org.osprey.analysis.decoder.FtsItem;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.event.Field;
import org.osprey.analysis.rule.Rule;

/** The line OSSEC's ignore store holds for an event (8 space-separated items). */
final class IgnoreLine {
  private IgnoreLine() {}

  /**
   * Builds the line. As OSSEC, the data and system-name items are chosen by the rule's
   * {@code <ignore>} items even when checking {@code check_if_ignored}.
   */
  static String of(Event e, Rule rule, Set<FtsItem> items, Set<FtsItem> dataItems) {
    Decoder d = DecoderSet.of(e);
    StringBuilder b = new StringBuilder(96);
    item(b, d == null ? null : d.name(), items.contains(FtsItem.NAME));
    item(b, e.get(Field.ID), items.contains(FtsItem.ID));
    item(b, e.get(Field.DSTUSER), items.contains(FtsItem.DSTUSER));
    item(b, e.get(Field.SRCIP), items.contains(FtsItem.SRCIP));
    item(b, e.get(Field.DSTIP), items.contains(FtsItem.DSTIP));
    item(b, e.get(Field.DATA), dataItems.contains(FtsItem.DATA));
    item(b, e.get(Field.SYSTEM_NAME), dataItems.contains(FtsItem.SYSTEM_NAME));
    if (items.contains(FtsItem.LOCATION)) {
      b.append(e.location());
    }
    return b.toString();
  }

  private static void item(StringBuilder b, @Nullable String v, boolean selected) {
    if (v != null && selected) {
      b.append(v);
    }
    b.append(' ');
  }
}
