/**
 * OSSEC's internal decoders (spec ossec-rules §9, ossec-protocol §6-7): syscheck (queue {@code 8}),
 * rootcheck ({@code 9}) and hostinfo ({@code 3}). They do not use XML decoders: each compares the
 * message with a small database under {@code queue/} ({@code syscheck/<location>},
 * {@code rootcheck/<location>}, {@code fts/hostinfo}), updates it, and either gives the event a
 * synthetic decoder of type {@code ossec} (and for syscheck a new full log, the alert text) or drops
 * it. The files keep OSSEC's formats byte for byte, so Osprey can take over a C manager's queue
 * directory and the other way round.
 *
 * <p>Everything here keeps state and runs in event order, on one thread. Writes go straight to the
 * files and are forced to disk before the event moves on: a new line is appended in one write, an
 * old line is changed in place (a {@code #} or a time stamp at a known offset), and a line left torn
 * by a crash is terminated when the file is opened again, so it cannot swallow the next one.
 *
 * <p>One deliberate difference from OSSEC 4.3.0: analysisd 4.x deletes every control character from
 * a message before decoding (CVE-2020-8445), which also deletes the newline between a syscheck
 * message's file name and its {@code report_changes} diff, so the diff becomes part of the file name
 * and every change looks like a new file. Osprey keeps newlines in syscheck messages (queue {@code 8}
 * only; see {@code PreDecoder}), as OSSEC 2.x/3.x did: the file name ends at the first newline and the
 * diff, line breaks included, follows {@code What changed:} in the alert.
 */
@NullMarked
package org.osprey.analysis.internal;

import org.jspecify.annotations.NullMarked;
