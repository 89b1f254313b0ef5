package org.osprey.analysis.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.osprey.analysis.decoder.Decoder;
import org.osprey.analysis.decoder.DecoderLoader;
import org.osprey.analysis.decoder.DecoderSet;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.load.Problems;
import org.osprey.analysis.predecode.PreDecoder;
import org.osprey.queue.QueueMessage;

/**
 * Internal decoders over a temporary queue directory, fed through the real pre-decoder. Each message
 * is received one second after the previous one, from {@link #T0}.
 */
final class Fixture implements AutoCloseable {
  static final long T0 = 1_700_000_000L;
  /** A decoder set with no XML decoders: only the internal names have ids. */
  static final DecoderSet DECODERS = new DecoderLoader(64, new Problems()).build();

  final Path queue;
  private final SyscheckSettings settings;
  private final PreDecoder pre = new PreDecoder("manager", ZoneOffset.UTC);
  private InternalDecoders internal;
  long time = T0;

  Fixture(Path queue, SyscheckSettings settings) {
    this.queue = queue;
    this.settings = settings;
    this.internal = new InternalDecoders(queue, DECODERS, settings);
  }

  Fixture(Path queue) {
    this(queue, SyscheckSettings.defaults());
  }

  /** What one message became. */
  record Sent(Event event, InternalDecoders.Result result) {
    boolean decoded() {
      return result == InternalDecoders.Result.DECODED;
    }

    Decoder decoder() {
      return (Decoder) event.decoder();
    }
  }

  Sent send(char queueId, String location, String text) {
    Event e = pre.decode(new QueueMessage(queueId, location, text), time++);
    if (e == null) {
      throw new IllegalStateException("pre-decoding dropped " + text);
    }
    return new Sent(e, internal.decode(e));
  }

  Sent syscheck(String text) {
    return send(QueueMessage.SYSCHECK, "syscheck", text);
  }

  Sent rootcheck(String text) {
    return send(QueueMessage.ROOTCHECK, "rootcheck", text);
  }

  Sent hostinfo(String text) {
    return send(QueueMessage.HOSTINFO, "/var/log/nmap.log", text);
  }

  /** Closes and reopens the decoders on the same directory, as a restart does. */
  void restart() throws IOException {
    internal.close();
    internal = new InternalDecoders(queue, DECODERS, settings);
  }

  String file(String relative) throws IOException {
    return Files.readString(queue.resolve(relative), StandardCharsets.ISO_8859_1);
  }

  static int id(String name) {
    return DECODERS.idOf(name);
  }

  @Override
  public void close() throws IOException {
    internal.close();
  }
}
