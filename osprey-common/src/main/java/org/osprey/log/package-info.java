/**
 * {@code logs/ossec.log}: every daemon's own log, one line per event in OSSEC's format
 * {@code YYYY/MM/DD HH:MM:SS <daemon>: <LEVEL>: <text>}. Lines are written straight to the file (no buffer
 * in the JVM), so nothing logged before a clean shutdown is lost, and several JVMs may append to the same
 * file.
 */
@NullMarked
package org.osprey.log;

import org.jspecify.annotations.NullMarked;
