/**
 * Small character-class checks on ASCII text (digits, hex, names), written as loops. They replace
 * {@code String.matches}, {@code chars()} streams and {@code String.format} on the paths an agent JVM
 * runs, each of which would load a JDK subsystem (regex, streams, {@code Formatter}) into it.
 */
@NullMarked
package org.osprey.text;

import org.jspecify.annotations.NullMarked;
