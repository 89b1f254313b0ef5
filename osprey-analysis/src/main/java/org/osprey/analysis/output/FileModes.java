package org.osprey.analysis.output;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The modes OSSEC's analysisd gets under its umask 0027: directories {@code 0770 & ~0027 =
 * rwxr-x---}, files {@code 0666 & ~0027 = rw-r-----}. The process umask still applies on top. On
 * file systems without POSIX permissions, no mode is set.
 */
final class FileModes {
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final FileAttribute<?>[] DIR = POSIX
      ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
          PosixFilePermissions.fromString("rwxr-x---"))}
      : new FileAttribute<?>[0];
  private static final FileAttribute<?>[] FILE = POSIX
      ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
          PosixFilePermissions.fromString("rw-r-----"))}
      : new FileAttribute<?>[0];

  private FileModes() {}

  /** Creates {@code dir} and its missing parents with the directory mode. */
  static void directories(Path dir) throws IOException {
    Files.createDirectories(dir, DIR);
  }

  /** The attributes for a new file. */
  static FileAttribute<?>[] file() {
    return FILE.clone();
  }
}
