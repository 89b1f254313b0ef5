/**
 * Where logcollector keeps what it has sent: file identities (device and inode) with offsets,
 * journal cursors and command output digests, in one atomically replaced file under
 * {@code queue/positions/}. A restart resumes from it, so no line is lost or sent twice across a
 * stop; a crash may repeat the lines of the last second, never lose them.
 */
@NullMarked
package org.osprey.agent.logcollector.positions;

import org.jspecify.annotations.NullMarked;
