package org.osprey.analysis.load;

import java.util.ArrayList;
import java.util.List;
import org.osprey.xml.XmlNode;

/** Collects problems while a ruleset loads. */
public final class Problems {
  private final List<Problem> list = new ArrayList<>();

  public void error(String source, int line, String message) {
    list.add(new Problem(source, line, message, true));
  }

  public void error(XmlNode at, String message) {
    error(at.source(), at.line(), message);
  }

  public void warning(String source, int line, String message) {
    list.add(new Problem(source, line, message, false));
  }

  public void warning(XmlNode at, String message) {
    warning(at.source(), at.line(), message);
  }

  public boolean hasErrors() {
    return list.stream().anyMatch(Problem::fatal);
  }

  public List<Problem> all() {
    return List.copyOf(list);
  }

  /** Throws a {@link RulesetException} carrying every problem when any is fatal. */
  public void throwIfErrors() throws RulesetException {
    if (hasErrors()) {
      throw new RulesetException(all());
    }
  }
}
