package org.osprey.analysis.cdb;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The CDB lists an ossec.conf declares ({@code <rules><list>}), opened once when the rules are loaded.
 * A list whose {@code .cdb} is missing or damaged stays declared but empty, and is reported once in
 * {@link #problems()}; lookups in it, or in a list that was never declared, find nothing.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class CdbLists {
  private static final CdbLists EMPTY = new CdbLists(List.of(), List.of());

  private final List<CdbList> lists;
  private final List<ListProblem> problems;

  private CdbLists(List<CdbList> lists, List<ListProblem> problems) {
    this.lists = List.copyOf(lists);
    this.problems = List.copyOf(problems);
  }

  /** No lists. */
  public static CdbLists empty() {
    return EMPTY;
  }

  /**
   * Opens the compiled form of every declared list, in declaration order.
   *
   * @param home the install home (OSSEC's chroot), against which the list paths are resolved
   * @param declared the contents of the {@code <list>} elements, as written
   */
  public static CdbLists load(Path home, List<String> declared) {
    List<CdbList> lists = new ArrayList<>();
    List<ListProblem> problems = new ArrayList<>();
    Map<String, CdbList> opened = new HashMap<>();
    for (String entry : declared) {
      ListPath path = ListPath.of(entry);
      CdbList same = opened.get(path.cdb());
      if (same != null) {
        lists.add(new CdbList(path, same.reader()));
        continue;
      }
      CdbList list = new CdbList(path, open(home, path, problems));
      opened.put(path.cdb(), list);
      lists.add(list);
    }
    return new CdbLists(lists, problems);
  }

  private static @Nullable CdbReader open(Path home, ListPath path, List<ListProblem> problems) {
    try {
      return CdbReader.open(path.cdbFile(home));
    } catch (NoSuchFileException e) {
      problems.add(new ListProblem(path.cdb(), "list not found (run 'osprey makelists'); its lookups find nothing"));
    } catch (CdbFormatException e) {
      problems.add(new ListProblem(path.cdb(), "not a valid cdb at offset " + e.offset() + ": " + e.reason()
          + " (rebuild it with 'osprey makelists -F'); its lookups find nothing"));
    } catch (IOException | InvalidPathException e) {
      problems.add(new ListProblem(path.cdb(), "cannot be read: " + e.getMessage() + "; its lookups find nothing"));
    }
    return null;
  }

  /** The declared lists, in declaration order. */
  public List<CdbList> lists() {
    return lists;
  }

  /** One entry per list that could not be opened. */
  public List<ListProblem> problems() {
    return problems;
  }

  /**
   * The first declared list that a rule's {@code <list>} content names (its text or cdb name exactly,
   * as OSSEC's {@code OS_FindList}), or null when none does.
   */
  public @Nullable CdbList find(String listName) {
    for (CdbList list : lists) {
      if (list.path().isNamed(listName)) {
        return list;
      }
    }
    return null;
  }

  /** Whether the list named {@code listName} has the key; false when the list is missing. */
  public boolean contains(String listName, String key) {
    CdbList list = find(listName);
    return list != null && list.contains(key);
  }

  /** The first value of {@code key} in the list named {@code listName}; null when either is missing. */
  public @Nullable String get(String listName, String key) {
    CdbList list = find(listName);
    return list == null ? null : list.get(key);
  }
}
