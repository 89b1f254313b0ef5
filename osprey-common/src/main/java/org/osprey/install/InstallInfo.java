package org.osprey.install;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an install is, in {@code etc/ossec-init.conf} under its home: OSSEC keeps this file (as
 * {@code /etc/ossec-init.conf}) with {@code KEY="value"} lines, {@code TYPE} being the install type. Osprey
 * keeps it inside the home so that several installs can live on one host.
 *
 * @param home the install home
 * @param type the install type
 * @param version the Osprey version that laid it out
 * @param date when it was laid out
 */
public record InstallInfo(Path home, InstallType type, String version, Instant date) {
  /** Where the file lives, relative to the home. */
  public static final String PATH = "etc/ossec-init.conf";

  /** The text of the file. */
  public String text() {
    return "# Written by `osprey install`: what this install is. OSSEC keeps the same keys in"
        + " /etc/ossec-init.conf.\n"
        + "DIRECTORY=\"" + home.toAbsolutePath() + "\"\n"
        + "NAME=\"Osprey\"\n"
        + "VERSION=\"" + version + "\"\n"
        + "DATE=\"" + date + "\"\n"
        + "TYPE=\"" + type.id() + "\"\n";
  }

  /** Reads the install at {@code home}; empty when it has no {@value #PATH}. */
  public static Optional<InstallInfo> read(Path home) throws IOException {
    String text;
    try {
      text = Files.readString(home.resolve(PATH), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0 && !line.startsWith("#")) {
        values.put(line.substring(0, eq).strip(), unquote(line.substring(eq + 1).strip()));
      }
    }
    String type = values.get("TYPE");
    if (type == null) {
      throw new IOException(home.resolve(PATH) + " has no TYPE line");
    }
    Instant date;
    try {
      date = Instant.parse(values.getOrDefault("DATE", ""));
    } catch (DateTimeParseException e) {
      date = Instant.EPOCH;
    }
    try {
      return Optional.of(
          new InstallInfo(home, InstallType.parse(type), values.getOrDefault("VERSION", "unknown"), date));
    } catch (IllegalArgumentException e) {
      throw new IOException(home.resolve(PATH) + ": " + e.getMessage(), e);
    }
  }

  /** Osprey's version, from the jar manifest, or {@code dev} when run from classes. */
  public static String currentVersion() {
    String v = InstallInfo.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  private static String unquote(String v) {
    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }
}
