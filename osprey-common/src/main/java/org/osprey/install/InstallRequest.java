package org.osprey.install;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * What to lay out.
 *
 * @param home the install home, e.g. {@code /var/ossec}
 * @param type the install type
 * @param manageUsers when this process is root: create the service users if missing and give the tree
 *     OSSEC's owners. False lays the tree out for the current user only (as {@code osprey local} does).
 * @param jar the Osprey jar to copy into {@code lib/osprey.jar}, or null when not running from a jar
 * @param javaHome the JDK that {@code bin/osprey} tries first
 */
public record InstallRequest(
    Path home, InstallType type, boolean manageUsers, @Nullable Path jar, String javaHome) {
  public InstallRequest {
    home = home.toAbsolutePath().normalize();
  }
}
