package org.osprey.install;

/**
 * One directory or file of the install tree with OSSEC's ownership and mode.
 *
 * @param path relative to the home; empty for the home itself
 * @param directory true for a directory
 * @param mode the permission bits, e.g. {@code 0750}
 * @param owner the owning user ({@code root}, {@code osprey} or {@code ospreyr}); the group is always
 *     {@value SystemUsers#GROUP}
 */
public record LayoutEntry(String path, boolean directory, int mode, String owner) {
  public LayoutEntry {
    if (path.startsWith("/") || path.contains("..")) {
      throw new IllegalArgumentException("layout paths are relative: " + path);
    }
    if (mode < 0 || mode > 07777) {
      throw new IllegalArgumentException("bad mode: " + Integer.toOctalString(mode));
    }
  }

  /** The mode as {@code rwxr-x---} text, for {@link java.nio.file.attribute.PosixFilePermissions}. */
  public String permissions() {
    return permissions(mode);
  }

  /** {@code mode} as {@code rwxr-x---} text. */
  public static String permissions(int mode) {
    StringBuilder out = new StringBuilder(9);
    String letters = "rwx";
    for (int bit = 8; bit >= 0; bit--) {
      out.append((mode & (1 << bit)) != 0 ? letters.charAt((8 - bit) % 3) : '-');
    }
    return out.toString();
  }
}
