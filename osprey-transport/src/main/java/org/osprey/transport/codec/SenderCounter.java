package org.osprey.transport.codec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The process-wide sender counter ({@code queue/rids/sender_counter}, spec §3.8): advanced before every
 * message and written on every message, so a restart never reuses a pair the peer has seen. Thread-safe.
 */
public final class SenderCounter implements AutoCloseable {
  /** The file name under queue/rids. */
  public static final String FILE = "sender_counter";

  private final FileChannel channel;
  private Counter current;

  private SenderCounter(FileChannel channel, Counter current) {
    this.channel = channel;
    this.current = current;
  }

  /** Opens (creating) {@code <ridsDir>/sender_counter} and continues from the pair stored there. */
  public static SenderCounter open(Path ridsDir) throws IOException {
    Files.createDirectories(ridsDir);
    Path file = ridsDir.resolve(FILE);
    Counter start = Files.exists(file)
        ? Counter.parseFile(Files.readString(file, StandardCharsets.US_ASCII)) : Counter.ZERO;
    FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    return new SenderCounter(ch, start);
  }

  /**
   * The next pair, already stored.
   *
   * @throws IOException when the file cannot be written; the pair is not used then (retriable)
   */
  public synchronized Counter next() throws IOException {
    Counter n = current.next();
    byte[] text = n.fileText().getBytes(StandardCharsets.US_ASCII);
    channel.write(ByteBuffer.wrap(text), 0);
    if (channel.size() > text.length) {
      channel.truncate(text.length);
    }
    current = n;
    return n;
  }

  /** The last pair handed out. */
  public synchronized Counter current() {
    return current;
  }

  @Override
  public synchronized void close() throws IOException {
    channel.close();
  }
}
