package org.osprey.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds a mixed, deterministic corpus from OSSEC's sample lines (the corpus in
 * {@code ossec-testing/tests/*.ini}): each generated line is a sample with its IPv4 addresses, user
 * names after common keywords, and syslog timestamps varied by a seeded random source, so the same
 * seed and size always give the same lines. Samples are drawn with weights that favour the common
 * sources (sshd, web access logs, syslog) as a real server's mix does.
 */
public final class CorpusGenerator {
  private static final Pattern IPV4 = Pattern.compile("\\b(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\b");
  private static final Pattern USER = Pattern.compile("(for (?:invalid user |illegal user )?|user[= ]|USER )([A-Za-z][\\w.-]{0,15})");
  private static final Pattern SYSLOG_TIME = Pattern.compile("^([A-Z][a-z]{2}) {1,2}(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) ");
  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
      "Sep", "Oct", "Nov", "Dec"};
  private static final String[] USERS = {"root", "admin", "oracle", "postgres", "test", "guest",
      "www-data", "alice", "bob", "deploy", "git", "ubuntu", "backup", "ftp", "mysql"};

  private final List<String> samples;
  private final int[] weights;
  private final int totalWeight;

  private CorpusGenerator(List<String> samples) {
    this.samples = samples;
    this.weights = new int[samples.size()];
    int total = 0;
    for (int i = 0; i < samples.size(); i++) {
      String s = samples.get(i);
      int w = s.contains("sshd[") ? 8 : s.contains("HTTP/1.") ? 6 : s.contains(" su") ? 3 : 1;
      weights[i] = w;
      total += w;
    }
    this.totalWeight = total;
  }

  /** Reads the sample lines of every {@code *.ini} under {@code testsDir}. */
  public static CorpusGenerator fromIniDirectory(Path testsDir) throws IOException {
    List<String> samples = new ArrayList<>();
    try (Stream<Path> s = Files.list(testsDir)) {
      for (Path ini : s.filter(p -> p.toString().endsWith(".ini")).sorted().toList()) {
        for (String line : Files.readAllLines(ini, StandardCharsets.ISO_8859_1)) {
          String t = line.strip();
          if (t.startsWith("log ") && t.contains("=")) {
            samples.add(t.substring(t.indexOf('=') + 1).strip().replace("%%", "%"));
          }
        }
      }
    }
    if (samples.isEmpty()) {
      throw new IOException("no sample lines under " + testsDir);
    }
    return new CorpusGenerator(samples);
  }

  public int sampleCount() {
    return samples.size();
  }

  /** {@code count} lines from {@code seed}. */
  public List<String> generate(long seed, int count) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(vary(pick(r), r));
    }
    return out;
  }

  private String pick(SplittableRandom r) {
    int x = r.nextInt(totalWeight);
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return samples.get(i);
      }
    }
    return samples.getLast();
  }

  private static String vary(String line, SplittableRandom r) {
    String s = replace(IPV4, line, m -> (10 + r.nextInt(200)) + "." + r.nextInt(256) + "."
        + r.nextInt(256) + "." + (1 + r.nextInt(254)));
    if (r.nextInt(3) == 0) {
      s = replace(USER, s, m -> m.group(1) + USERS[r.nextInt(USERS.length)]);
    }
    Matcher t = SYSLOG_TIME.matcher(s);
    if (t.find()) {
      int day = 1 + r.nextInt(28);
      String stamp = MONTHS[r.nextInt(12)] + (day < 10 ? "  " : " ") + day + " "
          + two(r.nextInt(24)) + ":" + two(r.nextInt(60)) + ":" + two(r.nextInt(60)) + " ";
      s = stamp + s.substring(t.end());
    }
    return s;
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  private interface Replacement {
    String apply(Matcher m);
  }

  private static String replace(Pattern p, String s, Replacement f) {
    Matcher m = p.matcher(s);
    StringBuilder b = new StringBuilder(s.length() + 16);
    int last = 0;
    while (m.find()) {
      b.append(s, last, m.start()).append(f.apply(m));
      last = m.end();
    }
    return last == 0 ? s : b.append(s, last, s.length()).toString();
  }
}
