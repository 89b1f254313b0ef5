package org.osprey.analysis.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.osprey.analysis.decoder.DecoderSet;
import org.osprey.analysis.event.Event;
import org.osprey.queue.QueueMessage;

/**
 * The decoders analysisd runs instead of the XML ones for syscheck ({@code 8}), rootcheck
 * ({@code 9}) and hostinfo ({@code 3}) messages, with their databases under the queue directory
 * ({@code syscheck/}, {@code rootcheck/}, {@code fts/hostinfo}).
 *
 * <p>Stateful: runs in event order, on one thread (not thread-safe). Database files are opened on
 * first use and kept open until {@link #close}.
 */
public final class InternalDecoders implements Closeable {

  /** What became of an event. */
  public enum Result {
    /** The event is decoded and goes on to the rules. */
    DECODED,
    /** OSSEC drops the event here: nothing new, ignored, or not a valid message. */
    DROPPED
  }

  private final DecoderSet decoders;
  private final SyscheckDecoder syscheck;
  private final RootcheckDecoder rootcheck;
  private final HostinfoDecoder hostinfo;

  /**
   * @param queueDir OSSEC's {@code queue} directory
   * @param decoders the loaded decoders, which give the internal decoders their ids
   * @param syscheck the {@code <syscheck>} settings analysisd uses
   */
  public InternalDecoders(Path queueDir, DecoderSet decoders, SyscheckSettings syscheck) {
    this.decoders = decoders;
    this.syscheck = new SyscheckDecoder(queueDir.resolve("syscheck"), decoders, syscheck);
    this.rootcheck = new RootcheckDecoder(queueDir.resolve("rootcheck"), decoders);
    this.hostinfo = new HostinfoDecoder(queueDir.resolve("fts").resolve("hostinfo"), decoders);
  }

  /** Whether messages of {@code queue} are decoded here rather than by the XML decoders. */
  public static boolean handles(char queue) {
    return queue == QueueMessage.SYSCHECK || queue == QueueMessage.ROOTCHECK
        || queue == QueueMessage.HOSTINFO;
  }

  /** The decoder set whose ids the internal decoders carry. */
  public DecoderSet decoders() {
    return decoders;
  }

  /**
   * Decodes a pre-decoded event of a queue this class {@link #handles}, updating the database.
   *
   * @throws IllegalArgumentException for an event of another queue
   * @throws UncheckedIOException when a database cannot be read or written (the event is not
   *     decoded; OSSEC logs the error and drops it)
   */
  public Result decode(Event e) {
    try {
      return switch (e.queue()) {
        case QueueMessage.SYSCHECK -> syscheck.decode(e);
        case QueueMessage.ROOTCHECK -> rootcheck.decode(e);
        case QueueMessage.HOSTINFO -> hostinfo.decode(e);
        default -> throw new IllegalArgumentException(
            "queue '" + e.queue() + "' is not decoded internally");
      };
    } catch (IOException ex) {
      throw new UncheckedIOException("queue '" + e.queue() + "' database for location '"
          + e.location() + "': " + ex.getMessage(), ex);
    }
  }

  @Override
  public void close() throws IOException {
    DbFile.closeAll(List.of(syscheck, rootcheck, hostinfo));
  }
}
