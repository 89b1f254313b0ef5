package org.osprey.queue;

import java.time.Duration;

/** A {@link QueueHub} as its owner (the supervisor) sees it: with the steps of a clean shutdown. */
public interface QueueRuntime extends QueueHub {

  /**
   * Stops taking messages from other JVMs: no new connections; open ones are read until their writers
   * close them or {@code grace} passes. Messages already queued stay for the reader to drain.
   */
  void closeInbound(Duration grace);

  /**
   * Delivers what writers in this JVM have queued for other JVMs, waiting at most {@code deadline}; what is
   * still undelivered then is counted as dropped.
   */
  void closeOutbound(Duration deadline);
}
