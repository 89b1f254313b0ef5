/**
 * A small, strict JSON parser for the two places logcollector meets JSON: the {@code json} log
 * format (each line must be an object; labels are added to it) and {@code journalctl -o json}
 * entries. Text is handled as byte strings (one char per byte), as everywhere in logcollector, so
 * bytes that are not UTF-8 pass through.
 */
@NullMarked
package org.osprey.agent.logcollector.json;

import org.jspecify.annotations.NullMarked;
