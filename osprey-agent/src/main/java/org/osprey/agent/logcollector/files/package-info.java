/**
 * Following files: line splitting ({@link org.osprey.agent.logcollector.files.LineSplitter}),
 * location patterns (globs and strftime), directory notification with a polling fallback, rotation
 * and truncation, and the collector loop that ties them to the formats and the saved positions.
 * Bytes are never decoded: a line becomes a Latin-1 string, one char per byte.
 */
@NullMarked
package org.osprey.agent.logcollector.files;

import org.jspecify.annotations.NullMarked;
