package org.osprey.testing;

import java.nio.file.Path;
import java.util.List;
import org.osprey.install.SystemUsers;

/** The host as a non-root user sees it, so tests never create accounts or change owners. */
public final class NonRootUsers implements SystemUsers {
  @Override
  public boolean isRoot() {
    return false;
  }

  @Override
  public boolean userExists(String user) {
    return false;
  }

  @Override
  public boolean groupExists(String group) {
    return false;
  }

  @Override
  public List<String> createServiceUsers(Path home) {
    throw new AssertionError("a non-root install creates no users");
  }
}
