package org.osprey.install;

import java.util.ArrayList;
import java.util.List;

/**
 * OSSEC's install tree for each install type, with OSSEC's conventions for ownership and modes: the tree
 * and the configuration belong to root with group {@value SystemUsers#GROUP} and are read-only to it; what
 * the daemons write (logs, queues, stats) belongs to the service user that writes it; the directories where
 * several users create files ({@code queue/ossec}, {@code queue/alerts}, {@code var/run}, {@code etc/shared})
 * are group-writable.
 */
public final class InstallLayout {
  private InstallLayout() {}

  /** The directories of {@code type}'s tree, parents before children. */
  public static List<LayoutEntry> directories(InstallType type) {
    boolean analysis = type != InstallType.AGENT;
    List<LayoutEntry> d = new ArrayList<>();
    d.add(dir("", 0550, "root"));
    d.add(dir("etc", 0550, "root"));
    if (type != InstallType.LOCAL) {
      d.add(dir("etc/shared", 0770, "root"));
    }
    if (analysis) {
      d.add(dir("rules", 0550, "root"));
      d.add(dir("ruleset", 0550, "root"));
      d.add(dir("ruleset/decoders", 0550, "root"));
      d.add(dir("ruleset/rules", 0550, "root"));
    }
    d.add(dir("logs", 0750, "osprey"));
    if (analysis) {
      d.add(dir("logs/alerts", 0750, "osprey"));
      d.add(dir("logs/archives", 0750, "osprey"));
      d.add(dir("logs/firewall", 0750, "osprey"));
    }
    d.add(dir("queue", 0550, "root"));
    d.add(dir("queue/ossec", 0770, "osprey"));
    d.add(dir("queue/alerts", 0770, "osprey"));
    d.add(dir("queue/rids", 0770, type == InstallType.SERVER ? "ospreyr" : "osprey"));
    if (type == InstallType.SERVER) {
      d.add(dir("queue/agent-info", 0750, "ospreyr"));
    }
    d.add(dir("queue/syscheck", 0750, "osprey"));
    d.add(dir("queue/rootcheck", 0750, "osprey"));
    if (analysis) {
      d.add(dir("queue/fts", 0750, "osprey"));
    }
    d.add(dir("queue/diff", 0750, "osprey"));
    d.add(dir("queue/buffers", 0750, "osprey"));
    d.add(dir("queue/positions", 0750, "root"));
    if (analysis) {
      d.add(dir("stats", 0750, "osprey"));
    }
    d.add(dir("var", 0550, "root"));
    d.add(dir("var/run", 0770, "root"));
    d.add(dir("active-response", 0550, "root"));
    d.add(dir("active-response/bin", 0550, "root"));
    d.add(dir("bin", 0550, "root"));
    d.add(dir("lib", 0550, "root"));
    return List.copyOf(d);
  }

  /** The configuration and log files of {@code type}'s tree. */
  public static List<LayoutEntry> files(InstallType type) {
    List<LayoutEntry> f = new ArrayList<>();
    f.add(file(InstallInfo.PATH, 0640, "root"));
    f.add(file("etc/ossec.conf", 0640, "root"));
    f.add(file("etc/internal_options.conf", 0640, "root"));
    f.add(file("etc/local_internal_options.conf", 0640, "root"));
    if (type == InstallType.SERVER) {
      // authd (user osprey) adds agents; remoted (group osprey) reads the keys. authd cannot create
      // files in etc/, so the lock that keeps it and manage-agents apart is made here.
      f.add(file("etc/client.keys", 0640, "osprey"));
      f.add(file("etc/.client.keys.lock", 0660, "osprey"));
    } else if (type == InstallType.AGENT) {
      f.add(file("etc/client.keys", 0640, "root"));
    }
    if (type != InstallType.AGENT) {
      f.add(file("etc/local_decoder.xml", 0640, "root"));
      f.add(file("rules/local_rules.xml", 0640, "root"));
    }
    f.add(file("logs/ossec.log", 0660, "osprey"));
    f.add(file("logs/active-responses.log", 0660, "osprey"));
    return List.copyOf(f);
  }

  private static LayoutEntry dir(String path, int mode, String owner) {
    return new LayoutEntry(path, true, mode, owner);
  }

  private static LayoutEntry file(String path, int mode, String owner) {
    return new LayoutEntry(path, false, mode, owner);
  }
}
