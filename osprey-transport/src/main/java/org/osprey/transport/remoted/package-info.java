/**
 * ossec-remoted: the manager end of the agent channel. Receives encrypted datagrams (UDP, and TCP for
 * Osprey agents), checks keys and counters, rewrites agent events to {@code (name) ip->location} on the analysis
 * queue, answers control messages, keeps agent-info, pushes shared files and forwards active responses.
 */
@NullMarked
package org.osprey.transport.remoted;

import org.jspecify.annotations.NullMarked;
