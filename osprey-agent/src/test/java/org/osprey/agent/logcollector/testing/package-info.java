/** Test helpers: a drained analysis queue and a real ossec.log. */
@NullMarked
package org.osprey.agent.logcollector.testing;

import org.jspecify.annotations.NullMarked;
