package org.osprey.transport.remoted;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.osprey.transport.keys.Md5;

/**
 * The manager's {@code etc/shared/merged.mg} (spec §4.4): {@code "!" size " " name "\n" bytes} for every
 * regular file of {@code etc/shared} but merged.mg itself (in name order), and its md5.
 *
 * @param content the bundle bytes
 * @param md5 md5hex of the bundle
 */
public record SharedBundle(byte[] content, String md5) {
  public static final String NAME = "merged.mg";

  /** Builds the bundle from {@code sharedDir} and writes it there as merged.mg. */
  public static SharedBundle rebuild(Path sharedDir) throws IOException {
    Files.createDirectories(sharedDir);
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(sharedDir)) {
      s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals(NAME) && !p.getFileName().toString().startsWith("."))
          .sorted()
          .forEach(files::add);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Path f : files) {
      byte[] b = Files.readAllBytes(f);
      out.writeBytes(("!" + b.length + " " + f.getFileName() + "\n").getBytes(StandardCharsets.ISO_8859_1));
      out.writeBytes(b);
    }
    byte[] content = out.toByteArray();
    Path tmp = sharedDir.resolve("." + NAME + ".tmp");
    Files.write(tmp, content);
    Files.move(tmp, sharedDir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return new SharedBundle(content, Md5.hex(content));
  }

  /**
   * Splits a bundle back into files (what an agent does after receiving merged.mg). Names are reduced to
   * their last path element; {@code .} and {@code ..} are skipped.
   *
   * @return the files written, or an empty list when the bundle is malformed (nothing is written then)
   */
  public static List<Path> unmerge(byte[] bundle, Path sharedDir) throws IOException {
    List<Object[]> parts = new ArrayList<>();
    int pos = 0;
    while (pos < bundle.length) {
      if (bundle[pos] != '!') {
        return List.of();
      }
      int nl = pos;
      while (nl < bundle.length && bundle[nl] != '\n') {
        nl++;
      }
      String head = new String(bundle, pos + 1, Math.max(0, nl - pos - 1), StandardCharsets.ISO_8859_1);
      int sp = head.indexOf(' ');
      if (nl >= bundle.length || sp <= 0 || !head.substring(0, sp).matches("[0-9]{1,9}")) {
        return List.of();
      }
      int size = Integer.parseInt(head.substring(0, sp));
      String name = head.substring(sp + 1);
      int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
      name = name.substring(slash + 1);
      if (nl + 1 + size > bundle.length) {
        return List.of();
      }
      parts.add(new Object[] {name, nl + 1, size});
      pos = nl + 1 + size;
    }
    List<Path> written = new ArrayList<>();
    for (Object[] p : parts) {
      String name = (String) p[0];
      if (name.isEmpty() || name.equals(".") || name.equals("..") || name.equals(NAME)) {
        continue;
      }
      Path f = sharedDir.resolve(name);
      Files.write(f, java.util.Arrays.copyOfRange(bundle, (int) p[1], (int) p[1] + (int) p[2]));
      written.add(f);
    }
    return written;
  }
}
