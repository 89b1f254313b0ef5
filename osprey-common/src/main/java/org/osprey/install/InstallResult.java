package org.osprey.install;

import java.nio.file.Path;
import java.util.List;

/**
 * What an install did.
 *
 * @param home the install home
 * @param type the install type
 * @param created files and directories that did not exist (relative to the home)
 * @param kept configuration files (etc/, rules/) that existed and were left as they were
 * @param replaced Osprey's own files (bin/, lib/, ruleset/) that were written again
 * @param accounts users and groups created
 * @param owned true when the tree was given OSSEC's owners (root with service users)
 */
public record InstallResult(
    Path home,
    InstallType type,
    List<String> created,
    List<String> kept,
    List<String> replaced,
    List<String> accounts,
    boolean owned) {
  public InstallResult {
    created = List.copyOf(created);
    kept = List.copyOf(kept);
    replaced = List.copyOf(replaced);
    accounts = List.copyOf(accounts);
  }
}
