/**
 * ossec-logcollector: reads every OSSEC log format from files (with rotation, truncation and saved
 * positions), command output and the systemd journal, and sends the events to the local queue as
 * OSSEC does ({@code 1:<location>:<text>}). Sub-packages hold each concern: {@code formats} (the
 * per-format state machines), {@code files} (following files), {@code positions} (what was sent),
 * {@code commands}, {@code journald} and {@code json}.
 */
@NullMarked
package org.osprey.agent.logcollector;

import org.jspecify.annotations.NullMarked;
