package org.osprey.install;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Copies Osprey's ruleset into an install: every resource under the class-path folder {@value #FOLDER}
 * (in a directory or a jar; from every class-path entry that has one) goes to the same relative path under
 * the install's {@code ruleset/}, replacing what is there. Nothing is copied when no entry has the folder.
 */
public final class RulesetResources {
  /** The class-path folder holding the ruleset: {@code decoders/*.xml}, {@code rules/*.xml}. */
  public static final String FOLDER = "osprey-ruleset";

  private RulesetResources() {}

  /**
   * Copies the ruleset found through {@code loader} into {@code target}.
   *
   * @return the files written, relative to {@code target}, sorted
   */
  public static List<String> copy(ClassLoader loader, Path target) throws IOException {
    List<String> written = new ArrayList<>();
    Enumeration<URL> roots = loader.getResources(FOLDER);
    while (roots.hasMoreElements()) {
      URL root = roots.nextElement();
      if (root.getProtocol().equals("file")) {
        copyDirectory(toPath(root), target, written);
      } else if (root.getProtocol().equals("jar")) {
        copyJar(root, target, written);
      }
    }
    written.sort(null);
    return List.copyOf(written);
  }

  private static Path toPath(URL url) throws IOException {
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IOException("cannot read ruleset folder " + url, e);
    }
  }

  private static void copyDirectory(Path from, Path target, List<String> written) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String rel = from.relativize(file).toString().replace('\\', '/');
        try (InputStream in = Files.newInputStream(file)) {
          write(in, rel, target, written);
        }
      }
    }
  }

  private static void copyJar(URL root, Path target, List<String> written) throws IOException {
    URLConnection connection = root.openConnection();
    if (!(connection instanceof JarURLConnection jarConnection)) {
      return;
    }
    jarConnection.setUseCaches(false);
    try (JarFile jar = jarConnection.getJarFile()) {
      for (JarEntry entry : jar.stream().toList()) {
        String name = entry.getName();
        if (!entry.isDirectory() && name.startsWith(FOLDER + "/")) {
          try (InputStream in = jar.getInputStream(entry)) {
            write(in, name.substring(FOLDER.length() + 1), target, written);
          }
        }
      }
    }
  }

  private static void write(InputStream in, String rel, Path target, List<String> written)
      throws IOException {
    for (String part : rel.split("/")) {
      if (part.isEmpty() || part.equals("..") || part.equals(".")) {
        throw new IOException("bad ruleset resource name: " + rel);
      }
    }
    Path out = target.resolve(rel);
    Path parent = out.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
    if (!written.contains(rel)) {
      written.add(rel);
    }
  }
}
