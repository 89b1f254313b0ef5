package org.osprey.analysis.pattern;

import java.util.ArrayList;
import java.util.List;

/** What a search returned: the end offset (-1 for none) and the compacted captures. */
record Outcome(int end, List<String> captures) {
  static Outcome of(OsPattern p, String subject, int from) {
    Captures c = new Captures();
    int end = p.find(subject, from, c);
    List<String> caps = new ArrayList<>();
    for (int i = 0; i < c.size(); i++) {
      caps.add(c.get(i));
    }
    return new Outcome(end, caps);
  }
}
