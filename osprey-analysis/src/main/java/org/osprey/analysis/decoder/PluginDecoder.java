package org.osprey.analysis.decoder;

import org.osprey.analysis.event.Event;

/** A decoder written in code rather than XML ({@code <plugin_decoder>}). Stateless and thread-safe. */
public interface PluginDecoder {
  /** Decodes {@code event}, which {@code decoder} (the plugin's XML decoder) matched. */
  void decode(Event event, Decoder decoder);

  /** Whether the plugin chooses each event's category itself (SonicWall does), whatever its type. */
  default boolean choosesCategory() {
    return false;
  }
}
