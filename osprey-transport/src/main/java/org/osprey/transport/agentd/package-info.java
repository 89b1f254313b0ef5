/**
 * ossec-agentd: the agent end of the channel. Reads the local analysis queue, keeps every event in a
 * bounded disk buffer until the manager has it, handshakes and sends keepalives, and carries out what the manager
 * sends back (active responses, shared files).
 */
@NullMarked
package org.osprey.transport.agentd;

import org.jspecify.annotations.NullMarked;
