package org.osprey.analysis.engine;

import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Rule 31140's crawler check without blocking the pipeline. Known crawler prefixes answer at once;
 * for other addresses a reverse then forward DNS lookup (the address must resolve to a name under
 * {@code googlebot.com} that resolves back to it) runs on a background thread with a timeout, and the
 * answer is cached. Until the answer is there the check says "not a crawler", as a failed lookup would.
 */
public final class CrawlerVerifier implements EngineState.CrawlerCheck, AutoCloseable {
  private static final String[] PREFIXES = {
    "72.14.", "209.85.", "65.55.", "207.46.", "74.6.", "72.30.", "67.195."
  };
  private static final Pattern IPV4 = Pattern.compile("^(\\d{1,3}\\.){3}\\d{1,3}");

  private final ConcurrentHashMap<String, Boolean> cache = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Future<?>> pending = new ConcurrentHashMap<>();
  private final ExecutorService lookups;
  private final Duration timeout;
  private final int maxEntries;

  public CrawlerVerifier(Duration timeout, int maxEntries) {
    this.timeout = timeout;
    this.maxEntries = maxEntries;
    this.lookups = Executors.newFixedThreadPool(2, Thread.ofPlatform().daemon()
        .name("osprey-crawler-dns-", 0).factory());
  }

  /** True for the crawler networks OSSEC lists without a lookup. */
  static boolean knownPrefix(String log) {
    for (String p : PREFIXES) {
      if (log.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean isValidCrawler(String log) {
    if (knownPrefix(log)) {
      return true;
    }
    var m = IPV4.matcher(log);
    if (!m.find()) {
      return false;
    }
    String ip = m.group();
    Boolean known = cache.get(ip);
    if (known != null) {
      return known;
    }
    if (cache.size() < maxEntries) {
      pending.computeIfAbsent(ip, k -> lookups.submit(() -> resolve(k)));
    }
    return false;
  }

  private void resolve(String ip) {
    boolean ok = false;
    try {
      Future<Boolean> f = Executors.newVirtualThreadPerTaskExecutor().submit(() -> verify(ip));
      ok = f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      ok = false;
    } finally {
      cache.put(ip, ok);
      pending.remove(ip);
    }
  }

  private static boolean verify(String ip) throws Exception {
    String host = InetAddress.getByName(ip).getCanonicalHostName();
    if (!host.contains("googlebot.com")) {
      return false;
    }
    for (InetAddress a : InetAddress.getAllByName(host)) {
      if (a.getHostAddress().equals(ip)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    lookups.shutdownNow();
  }
}
