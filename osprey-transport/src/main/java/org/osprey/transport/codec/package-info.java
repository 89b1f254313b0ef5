/**
 * Pure bytes-to-records functions of the agent channel: datagram header ({@code !id!}, cipher tag),
 * zlib, md5 check and counters, control messages, the location rewriting of agent events, the anti-replay
 * counters and their {@code queue/rids} files, and the length framing of Osprey's TCP channel. Every decoder
 * has hard size limits and answers a record or a {@link org.osprey.transport.codec.CodecException}.
 */
@NullMarked
package org.osprey.transport.codec;

import org.jspecify.annotations.NullMarked;
