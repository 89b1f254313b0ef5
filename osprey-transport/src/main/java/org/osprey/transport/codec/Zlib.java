package org.osprey.transport.codec;

import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** zlib streams as OSSEC's {@code compress2(..., 9)} / {@code uncompress} make and read them. */
final class Zlib {
  private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(9));
  private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(Inflater::new);

  private Zlib() {}

  static byte[] compress(byte[] in) {
    Deflater d = DEFLATER.get();
    d.reset();
    d.setInput(in);
    d.finish();
    byte[] out = new byte[in.length + in.length / 8 + 64];
    int n = 0;
    while (!d.finished()) {
      if (n == out.length) {
        out = Arrays.copyOf(out, out.length * 2);
      }
      n += d.deflate(out, n, out.length - n);
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * Inflates one zlib stream from {@code in[off, off+len)} into {@code out} (at least {@code max + 1}
   * bytes); bytes after the stream's end are ignored.
   *
   * @return the inflated length, at most {@code max}
   */
  static int inflate(byte[] in, int off, int len, byte[] out, int max) throws CodecException {
    Inflater f = INFLATER.get();
    f.reset();
    f.setInput(in, off, len);
    int n = 0;
    try {
      while (!f.finished()) {
        int k = f.inflate(out, n, max + 1 - n);
        n += k;
        if (n > max) {
          throw new CodecException(CodecException.Reason.COMPRESSION, "inflates beyond " + max + " bytes");
        }
        if (k == 0 && (f.needsInput() || f.needsDictionary())) {
          throw new CodecException(CodecException.Reason.COMPRESSION, "truncated zlib stream");
        }
      }
    } catch (DataFormatException e) {
      throw new CodecException(CodecException.Reason.COMPRESSION, "not a zlib stream: " + e.getMessage());
    }
    return n;
  }
}
