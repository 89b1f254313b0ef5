/**
 * The {@code command} and {@code full_command} localfiles: commands run through {@code /bin/sh -c}
 * at their frequency, with a timeout, their output turned into OSSEC's
 * {@code ossec: output: '<alias>': ...} events. A command that cannot start, fails or hangs is
 * reported in ossec.log and never stops the collector.
 */
@NullMarked
package org.osprey.agent.logcollector.commands;

import org.jspecify.annotations.NullMarked;
