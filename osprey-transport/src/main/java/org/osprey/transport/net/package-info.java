/** Pieces shared by the TCP listeners of remoted, its syslog input and authd. */
@NullMarked
package org.osprey.transport.net;

import org.jspecify.annotations.NullMarked;
