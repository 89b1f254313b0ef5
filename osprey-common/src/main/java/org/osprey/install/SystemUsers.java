package org.osprey.install;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The host's users, as far as an install and privilege separation need them. */
public interface SystemUsers {
  /** The group of the service users; it owns the install tree. */
  String GROUP = "osprey";

  /** The unprivileged service users: analysis and most daemons, remoted, and the mail/output daemons. */
  List<String> SERVICE_USERS = List.of("osprey", "ospreyr", "ospreym");

  /** True when this process runs as root (uid 0). */
  boolean isRoot();

  /** True when the user exists. */
  boolean userExists(String user);

  /** True when the group exists. */
  boolean groupExists(String group);

  /** True when all {@link #SERVICE_USERS} and {@link #GROUP} exist. */
  default boolean serviceUsersExist() {
    return groupExists(GROUP) && SERVICE_USERS.stream().allMatch(this::userExists);
  }

  /**
   * Creates {@link #GROUP} and each missing service user (system accounts, no home directory created, no
   * login shell, primary group {@link #GROUP}, home field {@code home}). Needs root.
   *
   * @return the accounts created (group first), empty when all existed
   */
  List<String> createServiceUsers(Path home) throws IOException;

  /** The host's own users. */
  static SystemUsers host() {
    return new HostUsers();
  }
}
