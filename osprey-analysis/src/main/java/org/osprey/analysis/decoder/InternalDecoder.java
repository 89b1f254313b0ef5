package org.osprey.analysis.decoder;

import java.util.List;
import java.util.Set;

/**
 * Builds the decoder objects OSSEC's internal decoders (syscheck, rootcheck, hostinfo) attach to
 * their events. They have no patterns; their type is {@code ossec}, so rules pick them with
 * {@code <category>ossec</category>} and {@code <decoded_as>}.
 *
 * <p>The printed name and the id can differ, as in OSSEC: a syscheck event always shows the name
 * {@code syscheck_integrity_changed}, but carries the id of {@code syscheck_integrity_changed_2nd},
 * {@code _3rd}, {@code syscheck_new_entry} or {@code syscheck_deleted} when that is what happened,
 * so {@code <decoded_as>} (which compares ids) sees the right one. Hostinfo events likewise show
 * {@code hostinfo_modified} whether new or modified.
 */
public final class InternalDecoder {
  private InternalDecoder() {}

  /**
   * A decoder shown as {@code printedName} with the id {@code decoders} gives {@code idName}.
   *
   * @throws IllegalArgumentException when either name is not one of
   *     {@link DecoderLoader#INTERNAL_NAMES}
   */
  public static Decoder of(DecoderSet decoders, String printedName, String idName) {
    if (!DecoderLoader.INTERNAL_NAMES.contains(printedName)
        || !DecoderLoader.INTERNAL_NAMES.contains(idName)) {
      throw new IllegalArgumentException(
          "not an internal decoder name: '" + printedName + "' / '" + idName + "'");
    }
    Decoder d = new Decoder(printedName, null, null, null, Offset.NONE, null, Offset.NONE, List.of(),
        DecoderType.OSSEC, Set.of(), null, false, false, null, false, "internal", 0);
    d.id = decoders.idOf(idName);
    return d;
  }
}
