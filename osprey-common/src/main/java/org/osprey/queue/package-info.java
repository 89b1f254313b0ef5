/** OSSEC queue messages and the transports that carry them between daemons. */
@NullMarked
package org.osprey.queue;

import org.jspecify.annotations.NullMarked;
