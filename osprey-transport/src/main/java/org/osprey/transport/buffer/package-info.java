/**
 * The agent's bounded on-disk buffer: events stay on disk, in order and with a sequence number, until the
 * manager acknowledges them, so a manager or agent restart loses nothing.
 */
@NullMarked
package org.osprey.transport.buffer;

import org.jspecify.annotations.NullMarked;
