/**
 * The analysis engine: the rule matcher (OSSEC's {@code OS_CheckIfRuleMatch}), the correlation state
 * (event lists, frequency searches, ignore timers, first-time-seen, check_diff) and the per-event
 * pipeline shared by analysisd and logtest.
 */
@NullMarked
package org.osprey.analysis.engine;

import org.jspecify.annotations.NullMarked;
