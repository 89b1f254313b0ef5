package org.osprey.analysis.daemon;

/**
 * SIGHUP asks analysisd to reload its ruleset, as with other Unix daemons. The JDK's
 * {@code sun.misc.Signal} (module jdk.unsupported) is the only way to catch a signal; where it is
 * missing, the reload request file still works.
 */
final class SignalReload {
  private SignalReload() {}

  static void install(Runnable onHangup) {
    try {
      sun.misc.Signal.handle(new sun.misc.Signal("HUP"), s -> onHangup.run());
    } catch (IllegalArgumentException | LinkageError e) {
      // No SIGHUP on this platform or runtime: the reload request file remains.
    }
  }
}
