package org.osprey.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributes;
import org.osprey.install.SystemUsers;

/** How an install's daemons are spread over JVMs. */
public enum Wiring {
  /** Every daemon in one JVM, under the current user; queues in memory. */
  SINGLE,
  /** One JVM per run-as user, each under that user; queues over Unix-domain sockets. */
  SEPARATE;

  /**
   * {@link #SEPARATE} when this process is root, the users osprey, ospreyr and ospreym exist, and the
   * install was laid out for them (its {@code etc/} belongs to group osprey); {@link #SINGLE} otherwise.
   */
  public static Wiring choose(Path home, SystemUsers users) {
    if (!users.isRoot() || !users.serviceUsersExist()) {
      return SINGLE;
    }
    try {
      GroupPrincipal group =
          Files.readAttributes(home.resolve("etc"), PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
              .group();
      return group.getName().equals(RunsAs.GROUP) ? SEPARATE : SINGLE;
    } catch (IOException e) {
      return SINGLE;
    }
  }
}
