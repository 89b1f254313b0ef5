package org.osprey.install;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scripts in an install's {@code bin/}: {@code osprey} itself, and OSSEC's tool names as thin scripts
 * that run the matching {@code osprey} command with the same arguments, so existing scripts keep working.
 */
public final class LauncherScripts {
  /** OSSEC's tool name to the {@code osprey} command it runs. */
  public static final Map<String, String> OSSEC_TOOLS = tools();

  private LauncherScripts() {}

  private static Map<String, String> tools() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("ossec-control", "control");
    m.put("ossec-logtest", "logtest");
    m.put("manage_agents", "manage-agents");
    m.put("agent_control", "agent-control");
    m.put("ossec-authd", "authd");
    m.put("agent-auth", "agent-auth");
    m.put("syscheck_control", "syscheck-control");
    m.put("rootcheck_control", "rootcheck-control");
    return Collections.unmodifiableMap(m);
  }

  /**
   * {@code bin/osprey}: finds a JDK 25 (first {@code javaHome}, the one that ran the install) and runs
   * {@code lib/osprey.jar}, telling it its home.
   */
  public static String osprey(String javaHome) {
    if (javaHome.contains("'")) {
      throw new IllegalArgumentException("JDK path with a quote: " + javaHome);
    }
    try (InputStream in = LauncherScripts.class.getResourceAsStream("osprey-launcher.sh")) {
      if (in == null) {
        throw new IllegalStateException("osprey-launcher.sh missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@JAVA_HOME@", javaHome);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The thin script for OSSEC's tool {@code tool}, e.g. {@code ossec-control}. */
  public static String ossecTool(String tool) {
    String command = OSSEC_TOOLS.get(tool);
    if (command == null) {
      throw new IllegalArgumentException("not an OSSEC tool Osprey provides: " + tool);
    }
    return "#!/bin/sh\n"
        + "# OSSEC's " + tool + ", kept for existing scripts: runs `osprey " + command
        + "` with the same arguments.\n"
        + "exec \"$(dirname \"$(readlink -f \"$0\")\")/osprey\" " + command + " \"$@\"\n";
  }
}
