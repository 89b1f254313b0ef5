package org.osprey.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.osprey.text.Ascii;

/**
 * {@code etc/internal_options.conf} with {@code etc/local_internal_options.conf} on top of it:
 * {@code section.name=value} lines, {@code #} comments. A value in the local file wins over the
 * same key in the main one; within one file the first definition counts, as in OSSEC.
 *
 * <p>Loading checks every line: a line that is not {@code section.name=value}, a key defined
 * twice in one file, and a declared key whose value is not a number in its range are problems.
 * Keys Osprey does not know are kept and ignored, as OSSEC ignores them.
 */
public final class InternalOptions {
  /** The main file's name under etc/. */
  public static final String FILE = "internal_options.conf";

  /** The local override file's name under etc/. */
  public static final String LOCAL_FILE = "local_internal_options.conf";

  private static final String RESOURCE = "/org/osprey/config/internal_options.conf";

  private final String mainSource;
  private final Map<String, Definition> main;
  private final Map<String, Definition> local;

  /**
   * Where a key was defined.
   *
   * @param value the text after '=', as written
   * @param source the file
   * @param line its line
   */
  public record Definition(String value, String source, int line) {
    public Definition {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(source, "source");
    }
  }

  private InternalOptions(String mainSource, Map<String, Definition> main, Map<String, Definition> local) {
    this.mainSource = mainSource;
    this.main = Map.copyOf(main);
    this.local = Map.copyOf(local);
  }

  /** Reads {@code etcDir/internal_options.conf} and, if present, the local override file. */
  public static InternalOptions load(Path etcDir) throws ConfigException {
    Path mainFile = etcDir.resolve(FILE);
    Path localFile = etcDir.resolve(LOCAL_FILE);
    String mainText = read(mainFile);
    String localText;
    try {
      localText = Files.readString(localFile, StandardCharsets.ISO_8859_1);
    } catch (NoSuchFileException e) {
      localText = null;
    } catch (IOException e) {
      throw new ConfigException(new Problem(localFile.toString(), 0, "cannot read the file: " + e));
    }
    return parse(mainText, mainFile.toString(), localText, localFile.toString());
  }

  /** Parses the two files' texts; {@code localText} is null when there is no local file. */
  public static InternalOptions parse(
      String mainText, String mainSource, @Nullable String localText, String localSource)
      throws ConfigException {
    Problems problems = new Problems();
    Map<String, Definition> main = lines(mainText, mainSource, problems);
    Map<String, Definition> local = localText == null ? Map.of() : lines(localText, localSource, problems);
    for (Map<String, Definition> file : List.of(main, local)) {
      for (InternalOption option : InternalOptionSchema.all()) {
        Definition d = file.get(option.key());
        if (d != null) {
          String error = check(option.key(), d.value(), option.min(), option.max());
          if (error != null) {
            problems.report(d.source(), d.line(), error);
          }
        }
      }
    }
    problems.throwIfAny();
    return new InternalOptions(mainSource, main, local);
  }

  /** Osprey's own default internal_options.conf. */
  public static String defaultsText() {
    try (InputStream in = InternalOptions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shipped defaults, as if they were the only file. */
  public static InternalOptions defaults() {
    try {
      return parse(defaultsText(), FILE + " (built in)", null, LOCAL_FILE);
    } catch (ConfigException e) {
      throw new IllegalStateException("the built-in internal options do not load", e);
    }
  }

  /**
   * OSSEC's {@code getDefine_Int}: the value of {@code section.name} (the local file first), which
   * must be digits only and within [min, max]; a missing key is an error too.
   */
  public int getInt(String section, String name, int min, int max) throws ConfigException {
    String key = section + "." + name;
    Definition d = definition(section, name);
    if (d == null) {
      throw new ConfigException(new Problem(mainSource, 0, "missing definition for '" + key + "'"));
    }
    String error = check(key, d.value(), min, max);
    if (error != null) {
      throw new ConfigException(new Problem(d.source(), d.line(), error));
    }
    return (int) Long.parseLong(d.value());
  }

  /** The value of a declared option, checked against its declared range. */
  public int get(InternalOption option) throws ConfigException {
    return getInt(option.section(), option.name(), option.min(), option.max());
  }

  /**
   * The value of a declared option, or its declared default when neither file defines it (an
   * install made before an Osprey option existed). A defined value is checked as by {@link #get}.
   */
  public int getOrDefault(InternalOption option) throws ConfigException {
    if (definition(option.section(), option.name()) == null) {
      return option.defaultValue();
    }
    return get(option);
  }

  /** Where {@code section.name} is defined (the local file first), or null. */
  public @Nullable Definition definition(String section, String name) {
    String key = section + "." + name;
    Definition d = local.get(key);
    return d != null ? d : main.get(key);
  }

  /** The declared options that neither file defines. */
  public List<InternalOption> missing() {
    List<InternalOption> out = new ArrayList<>();
    for (InternalOption o : InternalOptionSchema.all()) {
      if (definition(o.section(), o.name()) == null) {
        out.add(o);
      }
    }
    return out;
  }

  private static @Nullable String check(String key, String value, int min, int max) {
    boolean digits = value.length() <= 18 && Ascii.digits(value);
    if (digits) {
      long n = Long.parseLong(value);
      if (n >= min && n <= max) {
        return null;
      }
    }
    return "invalid value for " + key + ": '" + value + "' (expected a number " + min + "-" + max + ")";
  }

  private static Map<String, Definition> lines(String text, String source, Problems problems) {
    Map<String, Definition> out = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
        continue;
      }
      int dot = line.indexOf('.');
      int eq = dot < 0 ? -1 : line.indexOf('=', dot + 1);
      if (dot <= 0 || eq < 0 || eq == dot + 1) {
        problems.report(source, i + 1, "invalid line (expected section.name=value): '" + line + "'");
        continue;
      }
      String key = line.substring(0, eq);
      Definition before = out.get(key);
      if (before != null) {
        problems.report(source, i + 1, "'" + key + "' is already defined at line " + before.line());
        continue;
      }
      out.put(key, new Definition(line.substring(eq + 1), source, i + 1));
    }
    return out;
  }

  private static String read(Path file) throws ConfigException {
    try {
      return Files.readString(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new ConfigException(new Problem(file.toString(), 0, "cannot read the file: " + e));
    }
  }
}
