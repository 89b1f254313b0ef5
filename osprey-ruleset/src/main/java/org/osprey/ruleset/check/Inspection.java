package org.osprey.ruleset.check;

import java.util.List;
import org.osprey.analysis.load.Ruleset;

/** One kind of problem the checker looks for in a loaded ruleset. */
interface Inspection {
  List<Finding> inspect(Ruleset ruleset);
}
