/**
 * OSSEC queue messages and the transports that carry them between daemons.
 *
 * <p>A queue is named after the OSSEC socket it replaces ({@link org.osprey.queue.QueueName}). Inside one
 * JVM it is a bounded {@link org.osprey.queue.MessageQueue}; between JVMs the reader binds a Unix-domain
 * stream socket at the queue's path and writers send length-framed messages to it
 * ({@link org.osprey.queue.FrameDecoder}). A {@link org.osprey.queue.QueueHub} hides which of the two a
 * daemon gets. A full queue either pushes back on the producer or counts a drop; nothing is lost silently.
 */
@NullMarked
package org.osprey.queue;

import org.jspecify.annotations.NullMarked;
