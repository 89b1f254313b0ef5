/**
 * OSSEC's log formats: how the lines of a followed file become queue events. Each format is a small
 * state machine ({@link org.osprey.agent.logcollector.formats.RecordFormat}) fed complete lines as
 * byte strings (one Latin-1 char per byte, so any encoding passes through) and sending events with
 * their OSSEC queue id. The behaviour follows OSSEC's {@code read_*.c}; where Osprey differs (records
 * are never lost between reads, djb-multilog keeps the syslog timestamp) the class says so.
 */
@NullMarked
package org.osprey.agent.logcollector.formats;

import org.jspecify.annotations.NullMarked;
