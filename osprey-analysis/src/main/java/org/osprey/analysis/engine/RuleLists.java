package org.osprey.analysis.engine;

import java.util.concurrent.ConcurrentHashMap;
import org.osprey.analysis.cdb.CdbLists;
import org.osprey.analysis.cdb.ListLookup;
import org.osprey.analysis.pattern.OsPattern;
import org.osprey.analysis.rule.ListCondition;

/** Rule list lookups on the CDB lists an install declares. */
public final class RuleLists implements EngineState.Lists {
  private final CdbLists lists;
  private final ConcurrentHashMap<ListCondition, ListLookup> lookups = new ConcurrentHashMap<>();

  public RuleLists(CdbLists lists) {
    this.lists = lists;
  }

  @Override
  public boolean lookup(ListCondition list, String value) {
    return lookups.computeIfAbsent(list, this::compile).test(value);
  }

  private ListLookup compile(ListCondition c) {
    OsPattern check = c.checkValue();
    return ListLookup.of(c.field(), c.lookup(), check == null ? null : check::test, c.path(), lists);
  }
}
