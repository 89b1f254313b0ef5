package org.osprey.transport.keys;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.osprey.config.IpRange;

/**
 * Reads and changes {@code etc/client.keys}. Every change holds an exclusive lock on
 * {@code etc/.client.keys.lock} (so authd and manage-agents never interleave). A new key is appended
 * to the file in one write, as OSSEC's tools do: authd runs as an unprivileged user that may write
 * the keys file and its lock but not create files in {@code etc/} (a server install makes both). A
 * removal or a replacement writes a temporary file with mode 0640 and the old file's owner and
 * group, and renames it over the old one (manage-agents and agent-auth, as root). Either way readers
 * see the old or the new content, never half of a line, and remoted picks it up by its mtime. Checks
 * that depend on the other keys (a free name, id or address) run under the same lock as the write.
 */
public final class KeysFile {
  /** Written over a removed agent's line, after its id (OSSEC's removal mark). */
  public static final String REMOVED = "#*#*#*#*#*#*#*#*#*#*#";

  /** The first id authd hands out. */
  public static final int AUTHD_FIRST_ID = 1024;

  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * A file lock is held per process: a second thread of this JVM asking for it would get an
   * OverlappingFileLockException, so threads (authd's connections) first queue on this lock.
   */
  private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

  private final Path file;

  public KeysFile(Path file) {
    this.file = file;
  }

  /** {@code <home>/etc/client.keys}. */
  public static KeysFile of(Path home) {
    return new KeysFile(home.resolve("etc/client.keys"));
  }

  public Path path() {
    return file;
  }

  /** The keys now in the file; a missing file has none. */
  public ClientKeys read() throws KeysException {
    try {
      return ClientKeys.parse(Files.readAllBytes(file), file.toString());
    } catch (NoSuchFileException e) {
      return ClientKeys.empty();
    } catch (IOException e) {
      throw new KeysException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** How a new agent's id is chosen. */
  public enum IdStyle {
    /** manage_agents: {@code %03d} of the highest id in the file + 1. */
    SEQUENTIAL,
    /** authd: the first free integer from 1024, not padded. */
    AUTHD
  }

  /**
   * Adds an agent with a fresh random key.
   *
   * @param id the id to use, or null to pick one by {@code style}
   * @throws KeysException when the name or id is invalid or taken, or the file cannot be written
   */
  public AgentKey add(String name, IpRange ip, @Nullable String id, IdStyle style) throws KeysException {
    return change(keys -> newKey(keys, name, ip, id, style), APPEND);
  }

  /**
   * Adds an agent, as {@link #add}, unless another agent's IP field is {@code ip} (manage_agents refuses
   * an address twice); the check and the append happen under one lock. {@code any} and networks may repeat.
   *
   * @throws IpInUseException when a single address is already used
   */
  public AgentKey addUnique(String name, IpRange ip, IdStyle style) throws KeysException {
    return change(keys -> {
      if (!ip.isNetwork()) {
        refuseUsedIp(keys, ip.text());
      }
      return newKey(keys, name, ip, null, style);
    }, APPEND);
  }

  /**
   * authd's enrolment, under one lock: the first free name of {@code name}, {@code name2} ...
   * {@code name<maxSuffix>}; refused when an agent's IP field is {@code source}; the key gets the first free
   * id from {@value #AUTHD_FIRST_ID} and the IP field {@code ip}.
   *
   * @throws IpInUseException when {@code source} is an existing agent's IP
   * @throws KeysException when every name is taken or invalid
   */
  public AgentKey enrol(String name, int maxSuffix, String source, IpRange ip) throws KeysException {
    return change(keys -> {
      String free = name;
      for (int n = 2; keys.byName(free) != null; n++) {
        if (n > maxSuffix) {
          throw new KeysException("invalid agent name " + name + " (duplicated)");
        }
        free = name + n;
      }
      refuseUsedIp(keys, source);
      return newKey(keys, free, ip, null, IdStyle.AUTHD);
    }, APPEND);
  }

  private static void refuseUsedIp(ClientKeys keys, String ip) throws IpInUseException {
    AgentKey same = keys.byIp(ip);
    if (same != null) {
      throw new IpInUseException(ip, same);
    }
  }

  private static AgentKey newKey(ClientKeys keys, String name, IpRange ip, @Nullable String id, IdStyle style)
      throws KeysException {
    if (!AgentNames.validName(name)) {
      throw new KeysException("invalid agent name '" + name + "' (2-128 of A-Z a-z 0-9 . _ -)");
    }
    if (keys.byName(name) != null) {
      throw new KeysException("an agent named '" + name + "' already exists");
    }
    String newId = id != null ? id : nextId(keys, style);
    if (!AgentNames.validId(newId)) {
      throw new KeysException("invalid agent id '" + newId + "' (1-8 digits)");
    }
    if (keys.usedIds().contains(newId)) {
      throw new KeysException("agent id " + newId + " is already in use");
    }
    return AgentKey.of(newId, name, ip, randomKey(name, newId, ip.text()));
  }

  /** Appends an existing key (manage-agents import); the id and name must be free. */
  public AgentKey importKey(AgentKey key) throws KeysException {
    return change(keys -> {
      if (keys.usedIds().contains(key.id()) || keys.byName(key.name()) != null) {
        throw new KeysException("agent " + key.id() + " (" + key.name() + ") already exists");
      }
      return key;
    }, APPEND);
  }

  /**
   * Marks the agent removed ({@code <id> #*#*...}), as OSSEC does, and deletes its counters and
   * agent-info under {@code home}.
   */
  public AgentKey remove(String id, Path home) throws KeysException {
    AgentKey removed = change(keys -> {
      AgentKey k = keys.byId(id);
      if (k == null) {
        throw new KeysException("no agent with id " + id);
      }
      return k;
    }, (lines, k) -> {
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).startsWith(k.id() + " ") && !lines.get(i).startsWith(k.id() + " #")) {
          lines.set(i, k.id() + " " + REMOVED);
          return;
        }
      }
    });
    try {
      Files.deleteIfExists(home.resolve("queue/rids").resolve(removed.id()));
      Files.deleteIfExists(home.resolve("queue/agent-info").resolve(removed.infoName()));
    } catch (IOException e) {
      throw new KeysException("agent removed, but its state files remain: " + e.getMessage(), e);
    }
    return removed;
  }

  /** Replaces the whole file with one line (agent-auth on an agent). */
  public void replaceWith(AgentKey key) throws KeysException {
    change(keys -> key, (lines, k) -> {
      lines.clear();
      lines.add(k.line());
    });
  }

  private interface Decide {
    AgentKey apply(ClientKeys keys) throws KeysException;
  }

  private interface Edit {
    void apply(List<String> lines, AgentKey key);
  }

  /** The edit that adds the key's line at the end: written as an append, in place. */
  private static final Edit APPEND = (lines, k) -> lines.add(k.line());

  private AgentKey change(Decide decide, Edit edit) throws KeysException {
    try {
      Files.createDirectories(file.getParent());
      Path lockFile = file.resolveSibling(".client.keys.lock");
      ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(lockFile.toAbsolutePath().normalize(),
          p -> new ReentrantLock());
      inProcess.lock();
      try (FileChannel lockCh = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock ignored = lockCh.lock()) {
        byte[] before = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        ClientKeys keys = ClientKeys.parse(before, file.toString());
        AgentKey key = decide.apply(keys);
        if (edit == APPEND && Files.exists(file)) {
          boolean endsInNewline = before.length == 0 || before[before.length - 1] == '\n';
          append(((endsInNewline ? "" : "\n") + key.line() + "\n")
              .getBytes(StandardCharsets.ISO_8859_1));
          return key;
        }
        List<String> lines = new ArrayList<>(lines(before));
        edit.apply(lines, key);
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append(l).append('\n'));
        write(out.toString().getBytes(StandardCharsets.ISO_8859_1));
        return key;
      } finally {
        inProcess.unlock();
      }
    } catch (IOException e) {
      throw new KeysException("cannot update " + file + ": " + e.getMessage(), e);
    }
  }

  private static List<String> lines(byte[] content) {
    String text = new String(content, StandardCharsets.ISO_8859_1);
    List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
    if (!out.isEmpty() && out.getLast().isEmpty()) {
      out.removeLast();
    }
    return out;
  }

  /** Adds {@code line} at the end of the file in one write, and syncs it. */
  private void append(byte[] line) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(line);
      while (b.hasRemaining()) {
        ch.write(b);
      }
      ch.force(true);
    }
  }

  private void write(byte[] content) throws IOException {
    Path tmp = file.resolveSibling(".client.keys.tmp");
    Files.deleteIfExists(tmp);
    PosixFileAttributeView oldView = Files.exists(file)
        ? Files.getFileAttributeView(file, PosixFileAttributeView.class) : null;
    UserPrincipal owner = null;
    GroupPrincipal group = null;
    if (oldView != null) {
      var attrs = oldView.readAttributes();
      owner = attrs.owner();
      group = attrs.group();
    }
    Files.write(tmp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
    if (view != null) {
      view.setPermissions(PosixFilePermissions.fromString("rw-r-----"));
      try {
        if (group != null) {
          view.setGroup(group);
        }
        if (owner != null) {
          view.setOwner(owner);
        }
      } catch (IOException e) {
        // Not allowed to give the file away (not root): it keeps our user, still 0640.
      }
    }
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static String nextId(ClientKeys keys, IdStyle style) {
    if (style == IdStyle.AUTHD) {
      for (int i = AUTHD_FIRST_ID; ; i++) {
        if (!keys.usedIds().contains(Integer.toString(i))) {
          return Integer.toString(i);
        }
      }
    }
    int max = 0;
    for (String id : keys.usedIds()) {
      if (AgentNames.validId(id)) {
        max = Math.max(max, Integer.parseInt(id));
      }
    }
    return String.format("%03d", max + 1);
  }

  /** 64 lowercase hex: two MD5s over random bytes and the agent's fields, as OSSEC's tools make them. */
  public static String randomKey(String name, String id, String ip) {
    byte[] r1 = new byte[32];
    byte[] r2 = new byte[32];
    RANDOM.nextBytes(r1);
    RANDOM.nextBytes(r2);
    var md = Md5.digest();
    md.update(r1);
    md.update(name.getBytes(StandardCharsets.ISO_8859_1));
    String a = new String(Md5.hexOf(md.digest()), StandardCharsets.US_ASCII);
    md.update(ip.getBytes(StandardCharsets.ISO_8859_1));
    md.update(id.getBytes(StandardCharsets.ISO_8859_1));
    md.update(r2);
    return a + new String(Md5.hexOf(md.digest()), StandardCharsets.US_ASCII);
  }

  /** Runs {@code f} on the file's keys (a small convenience for callers that only read). */
  public <T> T with(Function<ClientKeys, T> f) throws KeysException {
    return f.apply(read());
  }
}
