package org.osprey.analysis.decoder;

import org.jspecify.annotations.Nullable;

/** The plugin decoders OSSEC's {@code <plugin_decoder>} can name. */
final class PluginDecoders {
  private PluginDecoders() {}

  static @Nullable PluginDecoder byName(String name) {
    return switch (name) {
      case "PF_Decoder" -> new PfPlugin();
      case "SymantecWS_Decoder" -> new SymantecWsPlugin();
      case "SonicWall_Decoder" -> SonicWallPlugin.create();
      case "OSSECAlert_Decoder" -> new OssecAlertPlugin();
      default -> null;
    };
  }

  static boolean isOssecAlert(String name) {
    return name.equals("OSSECAlert_Decoder");
  }
}
